package se.stegvis.fit;

import io.micronaut.data.event.listeners.PostPersistEventListener;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.stegvis.shared.JdbcReads;
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
 * <p>Kept by this class (ratings) and {@link OnAttendance} as entity listeners, whoever stores the rating or the
 * attendance (the services, and the tests' repositories alike): a complete rating with attendance adds its row,
 * and a complete ORS becomes the participant's first when it comes earlier; an attendance does the same for the
 * ratings of its session stored before it (only tests store them in that order: the services record the
 * attendance with the session, before any rating).
 * Sessions, attendance and ratings are never changed or deleted afterwards; the anonymisation moves both rows
 * with the ratings (privacy.Anonymiser). Rows written by plain SQL (the benchmark's generator) are filled by the
 * REBUILD statements, which are also the fill of migration 250.
 *
 * <p>The first ORS is kept by single-row writes on the participant's row ({@link #firstOrs}): two transactions
 * storing ORS of the same participant at the same moment queue on that row and the later compares with what the
 * earlier committed, so the row never misses a committed rating.
 */
@Singleton
public class FigureRows implements PostPersistEventListener<Rating> {
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
    /** The participant's counted ORS of a session: its day, creation time and total (none if it does not count). */
    private static final String ORS_KEY = "SELECT held_on, created_at, total FROM fit_counted_rating "
            + "WHERE participant_id = ? AND session_id = ? AND instrument_code = '" + FitRatings.ORS + "'";
    /** The participant's row when they have none yet; an existing row is only locked (MariaDB, H2 in MySQL mode). */
    private static final String FIRST_IF_NONE = "INSERT INTO fit_first_ors (participant_id, session_id, held_on, "
            + "created_at, total) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE participant_id = participant_id";
    /** The row replaced when the new ORS comes earlier (day held, creation, session id). */
    private static final String FIRST_IF_EARLIER = "UPDATE fit_first_ors SET session_id = ?, held_on = ?, "
            + "created_at = ?, total = ? WHERE participant_id = ? AND (held_on > ? OR held_on = ? AND "
            + "(created_at > ? OR created_at = ? AND session_id > ?))";
    /** Every counted rating, into an empty table (the fill of migration 250 and of the benchmark's data). */
    public static final String REBUILD_COUNTED = COUNTED;
    /** Every participant's first complete ORS from the counted ratings, into an empty table (as above). */
    public static final String REBUILD_FIRST_ORS = "INSERT INTO fit_first_ors (participant_id, session_id, held_on, "
            + "created_at, total) SELECT o.participant_id, o.session_id, o.held_on, o.created_at, o.total FROM "
            + "(SELECT participant_id, session_id, held_on, created_at, total, "
            + "ROW_NUMBER() OVER (PARTITION BY participant_id ORDER BY held_on, created_at, session_id) AS n "
            + "FROM fit_counted_rating WHERE instrument_code = '" + FitRatings.ORS + "') o WHERE o.n = 1";

    private final JdbcOperations jdbc;

    FigureRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored rating: its row if it counts (complete, attended); a complete ORS may be the first. */
    @Override
    public void postPersist(Rating r) {
        if (r.item1() == null || r.item2() == null || r.item3() == null || r.item4() == null) {
            return;
        }
        if (JdbcWrites.update(jdbc, COUNTED + " AND r.id = ?", List.of(r.id().toString())) > 0
                && FitRatings.ORS.equals(r.instrumentCode())) {
            firstOrs(r.participantId(), r.sessionId());
        }
    }

    /** A stored attendance: the rows of the participant's ratings of that session stored before it. */
    void attended(UUID sessionId, UUID participantId) {
        int added = JdbcWrites.update(jdbc, COUNTED + " AND r.session_id = ? AND r.participant_id = ?",
                List.of(sessionId.toString(), participantId.toString()));
        if (added > 0) {
            firstOrs(participantId, sessionId);
        }
    }

    /**
     * The counted ORS of this session (if any) becomes the participant's first when they have none or it comes
     * earlier. Single-row writes on the participant's row: the first statement takes its lock (inserting or
     * not), so two transactions storing ORS of one participant queue there instead of deadlocking, and the
     * second compares with what the first committed. The day and time are bound back as read (no conversion).
     */
    private void firstOrs(UUID participantId, UUID sessionId) {
        String participant = participantId.toString();
        String session = sessionId.toString();
        List<List<Object>> key = JdbcReads.list(jdbc, ORS_KEY, List.of(participant, session),
                rs -> List.of(rs.getDate(1), rs.getTimestamp(2), rs.getBigDecimal(3)));
        if (key.isEmpty()) {
            return;
        }
        Object day = key.get(0).get(0);
        Object created = key.get(0).get(1);
        Object total = key.get(0).get(2);
        JdbcWrites.update(jdbc, FIRST_IF_NONE, List.of(participant, session, day, created, total));
        JdbcWrites.update(jdbc, FIRST_IF_EARLIER, List.of(session, day, created, total, participant, day, day, created,
                created, session));
    }

    /** Attendance events (a class of its own: a bean listens to one entity type). */
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
