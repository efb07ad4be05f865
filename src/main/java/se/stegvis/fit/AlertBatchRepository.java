package se.stegvis.fit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.stegvis.shared.JdbcWrites;
import se.stegvis.shared.MultiRowInsert;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Stores many new alerts in ONE multi-row INSERT (see {@link MultiRowInsert}): the first alert
 * list after a quiet week may raise a "missing ratings" alert for every participant of a caseload.
 * Micronaut Data's saveAll sends a JDBC batch, which the driver sends as one statement per row.
 */
@Singleton
class AlertBatchRepository {
    private static final List<String> COLUMNS = List.of("id", "participant_id", "team_id", "session_id", "kind",
            "detail", "raised_at", "acknowledged_at", "acknowledged_by", "note");

    private final JdbcOperations jdbc;

    AlertBatchRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void insertAll(List<FitAlert> alerts) {
        MultiRowInsert.insertAll(jdbc, "fit_alert", COLUMNS, alerts, AlertBatchRepository::bind);
    }

    private static int bind(PreparedStatement ps, int index, FitAlert a) throws SQLException {
        int i = index;
        ps.setString(i++, a.id().toString());
        ps.setString(i++, a.participantId().toString());
        ps.setString(i++, a.teamId().toString());
        ps.setString(i++, a.sessionId().toString());
        ps.setString(i++, a.kind().name());
        ps.setString(i++, a.detail());
        JdbcWrites.setTime(ps, i++, a.raisedAt());
        JdbcWrites.setTime(ps, i++, a.acknowledgedAt());
        ps.setString(i++, text(a.acknowledgedBy()));
        ps.setString(i++, a.note());
        return i;
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
