package se.stegvis.fit;

import io.micronaut.data.event.listeners.PostPersistEventListener;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.stegvis.shared.JdbcWrites;

import java.util.List;
import java.util.UUID;

/**
 * The rows the report's FIT figures read ({@link FigureRepository}), kept as ratings and attendance are written
 * (migration 250), so that the report reads one range of one table instead of probing every period session's
 * ratings and attendance and every candidate's whole history:
 * <ul>
 *   <li>{@code fit_counted_rating}: each rating the figures count — complete (all four items), with attendance,
 *       ORS or the SRS of an individual session — with its total (the items' sum) and its session's association,
 *       day, creation time and team;</li>
 *   <li>{@code fit_first_ors}: each participant's first complete ORS with attendance when their sessions are
 *       ordered by day held, creation, id (as the histories number them): its session and total.</li>
 * </ul>
 *
 * <p>Kept by the two listeners below, whoever stores the rating or the attendance (the services, and the tests'
 * repositories alike): a complete rating with attendance adds its row, and a complete ORS recomputes the
 * participant's first; an attendance does the same for ratings of its session stored before it (only tests
 * store them in that order: the services record the attendance with the session, before any rating).
 * Sessions, attendance and ratings are never changed or deleted afterwards; the anonymisation moves both rows
 * with the ratings (privacy.Anonymiser). Rows written by plain SQL (the benchmark's generator) are filled by the
 * REBUILD statements, which are also the fill of migration 250.
 *
 * <p>The first ORS is recomputed from the participant's counted ORS with a locking read (InnoDB reads the newest
 * committed rows in REPLACE … SELECT, and waits for uncommitted ones), so two transactions storing ORS of the same
 * participant at the same moment either see each other's rating or one is rolled back as a deadlock; the row
 * never misses a committed rating.
 */
@Singleton
public class FigureRows {
    private static final String COMPLETE = "r.item_1 IS NOT NULL AND r.item_2 IS NOT NULL AND r.item_3 IS NOT NULL "
            + "AND r.item_4 IS NOT NULL";
    private static final String TOTAL = "r.item_1 + r.item_2 + r.item_3 + r.item_4";
    /** Complete ratings with their attendance and session; followed by further conditions. */
    private static final String ATTENDED = "FROM fit_rating r JOIN fit_attendance a ON a.session_id = r.session_id "
            + "AND a.participant_id = r.participant_id JOIN fit_session s ON s.id = r.session_id WHERE " + COMPLETE;
    private static final String COUNTED = "INSERT INTO fit_counted_rating (association_id, held_on, participant_id, "
            + "session_id, instrument_code, created_at, team_id, total) SELECT s.association_id, s.held_on, "
            + "r.participant_id, s.id, r.instrument_code, s.created_at, s.team_id, " + TOTAL + " " + ATTENDED
            + " AND (r.instrument_code = '" + FitRatings.ORS + "' OR s.kind = '" + SessionKind.INDIVIDUAL.name() + "')";
    /** The participant's counted ORS in the histories' order (day held, creation, session id). */
    private static final String ORS_IN_ORDER = "FROM fit_counted_rating WHERE instrument_code = '" + FitRatings.ORS
            + "' AND participant_id = ? ORDER BY held_on, created_at, session_id";
    /** The participant's first complete ORS, replacing the row they had (REPLACE: MariaDB, H2 in MySQL mode). */
    private static final String FIRST_ORS = "REPLACE INTO fit_first_ors (participant_id, session_id, total) "
            + "SELECT participant_id, session_id, total " + ORS_IN_ORDER + " LIMIT 1";
    /** Every counted rating, into an empty table (the fill of migration 250 and of the benchmark's data). */
    public static final String REBUILD_COUNTED = COUNTED;
    /** Every participant's first complete ORS from the counted ratings, into an empty table (as {@link #REBUILD_COUNTED}). */
    public static final String REBUILD_FIRST_ORS = "INSERT INTO fit_first_ors (participant_id, session_id, total) "
            + "SELECT o.participant_id, o.session_id, o.total FROM (SELECT participant_id, session_id, total, "
            + "ROW_NUMBER() OVER (PARTITION BY participant_id ORDER BY held_on, created_at, session_id) AS n "
            + "FROM fit_counted_rating WHERE instrument_code = '" + FitRatings.ORS + "') o WHERE o.n = 1";

    private final JdbcOperations jdbc;

    FigureRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored rating: its row if it counts (complete, attended); a complete ORS may be the first. */
    void rated(Rating r) {
        if (r.item1() == null || r.item2() == null || r.item3() == null || r.item4() == null) {
            return;
        }
        if (JdbcWrites.update(jdbc, COUNTED + " AND r.id = ?", List.of(r.id().toString())) > 0
                && FitRatings.ORS.equals(r.instrumentCode())) {
            firstOrs(r.participantId());
        }
    }

    /** A stored attendance: the rows of the participant's ratings of that session stored before it. */
    void attended(UUID sessionId, UUID participantId) {
        int added = JdbcWrites.update(jdbc, COUNTED + " AND r.session_id = ? AND r.participant_id = ?",
                List.of(sessionId.toString(), participantId.toString()));
        if (added > 0) { // an ORS or an SRS: recomputing the first ORS after an SRS finds the same row
            firstOrs(participantId);
        }
    }

    /** Recomputes the participant's first complete ORS from their counted ratings (one of them was just added). */
    private void firstOrs(UUID participantId) {
        JdbcWrites.update(jdbc, FIRST_ORS, List.of(participantId.toString()));
    }

    @Singleton
    static class OnRating implements PostPersistEventListener<Rating> {
        private final FigureRows rows;

        OnRating(FigureRows rows) {
            this.rows = rows;
        }

        @Override
        public void postPersist(Rating rating) {
            rows.rated(rating);
        }
    }

    @Singleton
    static class OnAttendance implements PostPersistEventListener<Attendance> {
        private final FigureRows rows;

        OnAttendance(FigureRows rows) {
            this.rows = rows;
        }

        @Override
        public void postPersist(Attendance attendance) {
            rows.attended(attendance.sessionId(), attendance.participantId());
        }
    }
}
