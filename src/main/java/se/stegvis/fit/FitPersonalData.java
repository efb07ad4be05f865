package se.stegvis.fit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.stegvis.shared.PersonalDataRows;
import se.stegvis.shared.PersonalDataSection;
import se.stegvis.shared.PersonalDataSource;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * FIT for the participant's own copy: ratings (with the session's date and kind), the copies kept for the
 * teams' reports (the ratings they count, and the first complete ORS they compare the latest with), attendance at sessions
 * (with who held them) and alerts (with the coach's acknowledgement note). Never the session's code.
 * Callers run inside a transaction.
 */
@Singleton
class FitPersonalData implements PersonalDataSource {
    private final JdbcOperations jdbc;

    FitPersonalData(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonalDataSection> sectionsOf(UUID participantId, Locale locale) {
        String id = participantId.toString();
        return List.of(
                new PersonalDataSection("fitRatings", "fit_rating", PersonalDataRows.staff(PersonalDataRows.list(jdbc,
                        "SELECT s.held_on AS session_date, s.kind AS session_kind, r.instrument_code, r.item_1, "
                                + "r.item_2, r.item_3, r.item_4, r.total, r.source, r.entered_by, r.recorded_at "
                                + "FROM fit_rating r JOIN fit_session s ON s.id = r.session_id "
                                + "WHERE r.participant_id = ? ORDER BY s.held_on, r.recorded_at, r.id", id),
                        "enteredBy")),
                new PersonalDataSection("fitCountedRatings", "fit_counted_rating", PersonalDataRows.list(jdbc,
                        "SELECT held_on AS session_date, instrument_code, total FROM fit_counted_rating "
                                + "WHERE participant_id = ? ORDER BY held_on, created_at, session_id, instrument_code", id)),
                new PersonalDataSection("fitFirstOrs", "fit_first_ors", PersonalDataRows.list(jdbc,
                        "SELECT s.held_on AS session_date, f.total FROM fit_first_ors f "
                                + "JOIN fit_session s ON s.id = f.session_id WHERE f.participant_id = ?", id)),
                new PersonalDataSection("fitYearFigures", "fit_year_figure", PersonalDataRows.list(jdbc,
                        "SELECT year_held, srs_sum, srs_n, latest_total, latest_on AS latest_ors_date "
                                + "FROM fit_year_figure WHERE participant_id = ? ORDER BY year_held", id)),
                new PersonalDataSection("fitAttendance", "fit_attendance", PersonalDataRows.staff(PersonalDataRows.list(
                        jdbc, "SELECT s.held_on AS session_date, s.kind AS session_kind, s.title, s.coach_id AS coach "
                                + "FROM fit_attendance a JOIN fit_session s ON s.id = a.session_id "
                                + "WHERE a.participant_id = ? ORDER BY s.held_on, a.id", id), "coach")),
                new PersonalDataSection("fitAlerts", "fit_alert", PersonalDataRows.staff(PersonalDataRows.list(jdbc,
                        "SELECT a.kind, a.raised_at, s.held_on AS session_date, a.acknowledged_at, a.acknowledged_by, "
                                + "a.note FROM fit_alert a LEFT JOIN fit_session s ON s.id = a.session_id "
                                + "WHERE a.participant_id = ? ORDER BY a.raised_at, a.id", id), "acknowledgedBy")));
    }
}
