package se.stegvis.fit;

import io.micronaut.data.event.listeners.PostPersistEventListener;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.stegvis.shared.JdbcReads;
import se.stegvis.shared.JdbcWrites;

import java.util.List;
import java.util.UUID;

/**
 * Each participant's first complete ORS ({@code fit_first_ors}, migration 250), kept as ratings and attendance
 * are written so that the report's ORS figure reads only the period's ratings ({@link FigureRepository}): the
 * complete ORS (all four items) with attendance that comes first when the participant's sessions are ordered by
 * day held, creation, id (as the histories number them), its session and total (the items' sum).
 *
 * <p>Kept by the two listeners below, whoever stores the rating or the attendance (the services, and the tests'
 * repositories alike): a complete ORS, or an attendance for a session that already holds the participant's ORS,
 * recomputes that participant's row from their stored ratings. Sessions, attendance and ratings are never
 * changed or deleted afterwards; the anonymisation moves the row with the ratings (privacy.Anonymiser).
 * Rows written by plain SQL (the benchmark's generator) are filled by {@link #rebuildAll()}.
 *
 * <p>The recomputation reads the participant's ratings with locking reads (InnoDB reads the newest committed rows
 * in DELETE and INSERT … SELECT), so two transactions storing ORS of the same participant at the same moment
 * either see each other's rating or one is rolled back as a deadlock; the row never misses a committed rating.
 */
@Singleton
public class FirstOrs {
    private static final String COMPLETE = "r.item_1 IS NOT NULL AND r.item_2 IS NOT NULL AND r.item_3 IS NOT NULL "
            + "AND r.item_4 IS NOT NULL";
    private static final String RATED = "FROM fit_rating r JOIN fit_attendance a ON a.session_id = r.session_id "
            + "AND a.participant_id = r.participant_id JOIN fit_session s ON s.id = r.session_id "
            + "WHERE r.instrument_code = '" + FitRatings.ORS + "' AND " + COMPLETE;
    private static final String TOTAL = "r.item_1 + r.item_2 + r.item_3 + r.item_4";
    private static final String ONE = "INSERT INTO fit_first_ors (participant_id, session_id, total) "
            + "SELECT r.participant_id, s.id, " + TOTAL + " " + RATED + " AND r.participant_id = ? "
            + "ORDER BY s.held_on, s.created_at, s.id LIMIT 1";
    /**
     * Every participant's row from the stored ratings, into an empty table (also the fill of migration 250 and
     * of the benchmark's generated data).
     */
    public static final String REBUILD = "INSERT INTO fit_first_ors (participant_id, session_id, total) "
            + "SELECT o.participant_id, o.session_id, o.total FROM (SELECT r.participant_id, s.id AS session_id, "
            + TOTAL + " AS total, ROW_NUMBER() OVER (PARTITION BY r.participant_id "
            + "ORDER BY s.held_on, s.created_at, s.id) AS n " + RATED + ") o WHERE o.n = 1";

    private final JdbcOperations jdbc;

    FirstOrs(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Recomputes the participant's row from their stored ratings (none when they have no complete ORS). */
    void refresh(UUID participantId) {
        String id = participantId.toString();
        JdbcWrites.update(jdbc, "DELETE FROM fit_first_ors WHERE participant_id = ?", List.of(id));
        JdbcWrites.update(jdbc, ONE, List.of(id));
    }

    /** Every row recomputed from the stored ratings, in the caller's transaction. */
    public void rebuildAll() {
        JdbcWrites.update(jdbc, "DELETE FROM fit_first_ors", List.of());
        JdbcWrites.update(jdbc, REBUILD, List.of());
    }

    private boolean ratedOrs(UUID sessionId, UUID participantId) {
        return !JdbcReads.list(jdbc, "SELECT 1 FROM fit_rating WHERE session_id = ? AND participant_id = ? "
                + "AND instrument_code = '" + FitRatings.ORS + "'", List.of(sessionId.toString(),
                participantId.toString()), rs -> 1).isEmpty();
    }

    private static boolean completeOrs(Rating r) {
        return FitRatings.ORS.equals(r.instrumentCode()) && r.item1() != null && r.item2() != null
                && r.item3() != null && r.item4() != null;
    }

    /** A stored complete ORS may be the participant's first. */
    @Singleton
    static class OnRating implements PostPersistEventListener<Rating> {
        private final FirstOrs firstOrs;

        OnRating(FirstOrs firstOrs) {
            this.firstOrs = firstOrs;
        }

        @Override
        public void postPersist(Rating rating) {
            if (completeOrs(rating)) {
                firstOrs.refresh(rating.participantId());
            }
        }
    }

    /**
     * An attendance makes an ORS already stored for its session count (only where ratings come before their
     * attendance, as tests may store them; the services record the attendance with the session, first).
     */
    @Singleton
    static class OnAttendance implements PostPersistEventListener<Attendance> {
        private final FirstOrs firstOrs;

        OnAttendance(FirstOrs firstOrs) {
            this.firstOrs = firstOrs;
        }

        @Override
        public void postPersist(Attendance attendance) {
            if (firstOrs.ratedOrs(attendance.sessionId(), attendance.participantId())) {
                firstOrs.refresh(attendance.participantId());
            }
        }
    }
}
