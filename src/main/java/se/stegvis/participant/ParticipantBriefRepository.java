package se.stegvis.participant;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.stegvis.shared.JdbcReads;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads only the columns of a participant row that a summary needs: a participant's own requests read
 * it on every submission. Hand-written and read by column position: Micronaut Data's entity mapper
 * looked every column up by name (Connector/J builds a name index per result) and converted each value
 * through its conversion service, which made this one-row read about 16 % of a submission's server CPU,
 * the costliest statement of the request (bench/submit.sh, JFR). Read only: participants are written
 * through {@link ParticipantRepository}.
 */
@Singleton
class ParticipantBriefRepository {
    private static final String SQL = "SELECT team_id, display_name, gender, birth_year, referral_date,"
            + " study_visit_date, queue_date, enrolment_date, trial_end_date, exit_date FROM participant WHERE id = ?";

    private final JdbcOperations jdbc;

    ParticipantBriefRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    // Joins the caller's connection (a submission reads the participant and writes on one checkout).
    @Connectable
    Optional<ParticipantBrief> findById(UUID id) {
        return JdbcReads.list(jdbc, SQL, List.of(id.toString()), rs -> brief(id, rs)).stream().findFirst();
    }

    private static ParticipantBrief brief(UUID id, ResultSet rs) throws SQLException {
        return new ParticipantBrief(id, UUID.fromString(rs.getString(1)), rs.getString(2),
                Gender.valueOf(rs.getString(3)), rs.getInt(4), date(rs, 5), date(rs, 6), date(rs, 7), date(rs, 8),
                date(rs, 9), date(rs, 10));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
