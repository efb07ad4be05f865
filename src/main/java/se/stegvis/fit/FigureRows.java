package se.stegvis.fit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.event.listeners.PostPersistEventListener;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import se.stegvis.participant.GenderOrBirthYearCorrected;
import se.stegvis.shared.JdbcReads;
import se.stegvis.shared.JdbcWrites;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
 *       ordered by day held, creation, id (as the histories number them): its session and total;</li>
 *   <li>{@code fit_counted_rating.next_held_on} (migration 270), on each counted ORS: the day of the participant's
 *       next counted ORS in that order (none for their latest), so that the latest ORS up to a day is the one whose
 *       next is after that day;</li>
 *   <li>{@code fit_year_figure} (migration 310): per association, year and participant, what the figures derive per
 *       participant for a calendar year (session teams, SRS sum and count, the year's last ORS), added to as each
 *       rating is counted, its last ORS set from the participant's ORS in order; with it (migration 320) a copy of
 *       the participant's first ORS (total, session), on every year row that has a last ORS; and (migration 330)
 *       the participant's team, gender and birth year, rewritten when a correction changes them
 *       ({@link #corrected}).</li>
 * </ul>
 *
 * <p>Kept by this class (ratings) and {@link OnAttendance} as entity listeners, whoever stores the rating or the
 * attendance (the services, and the tests' repositories alike): a complete rating with attendance adds its row,
 * and a complete ORS becomes the participant's first when it comes earlier; an attendance does the same for the
 * ratings of its session stored before it (only tests store them in that order: the services record the
 * attendance with the session, before any rating).
 * Sessions, attendance and ratings are never changed or deleted afterwards; the anonymisation moves these rows
 * with the ratings (privacy.Anonymiser). The REBUILD statements say what these rows are for ratings written by
 * plain SQL: migrations 250 and 270 filled stored data with them, and the benchmark's generator, which writes the
 * rows from its own formulas, is held to them (report.NationalDataTest).
 *
 * <p>A counted ORS is written under the participant's lock, their {@code fit_first_ors} row, inserted or locked
 * BEFORE the ORS's own row ({@link #countOrs}): two transactions storing ORS of the same participant at the same
 * moment queue there, and the later one, once it has the lock, sees what the earlier committed — the first ORS by
 * a single-row compare, the next days by a locking (current) read of the participant's ORS rows in order, which no
 * uncommitted ORS row of theirs can hold up (it could only be written under the same lock) — and sets the year's
 * last ORS and the first ORS's copy from that read (when the ORS is the participant's new first, on every year row
 * with a last ORS: all of them were set under this lock). The year row is otherwise only added to, by one atomic
 * statement per counted rating (an INSERT … ON DUPLICATE KEY UPDATE of sums, lowest and highest team), so SRS need
 * no lock. Each rating is stored in
 * a transaction of its own (RatingService), so no transaction waits for another participant's lock while it holds
 * one.
 */
@Singleton
public class FigureRows implements PostPersistEventListener<Rating> {
    private static final String COMPLETE = "r.item_1 IS NOT NULL AND r.item_2 IS NOT NULL AND r.item_3 IS NOT NULL "
            + "AND r.item_4 IS NOT NULL";
    private static final String TOTAL = "r.item_1 + r.item_2 + r.item_3 + r.item_4";
    /** Complete ratings with their attendance and session; followed by further conditions. */
    private static final String ATTENDED = "FROM fit_rating r JOIN fit_attendance a ON a.session_id = r.session_id "
            + "AND a.participant_id = r.participant_id JOIN fit_session s ON s.id = r.session_id WHERE " + COMPLETE;
    /** The attended ratings that count: every ORS, and the SRS of individual sessions. */
    private static final String COUNTS = " AND (r.instrument_code = '" + FitRatings.ORS + "' OR s.kind = '"
            + SessionKind.INDIVIDUAL.name() + "')";
    private static final String COUNTED = "INSERT INTO fit_counted_rating (association_id, held_on, participant_id, "
            + "session_id, instrument_code, created_at, team_id, total) SELECT s.association_id, s.held_on, "
            + "r.participant_id, s.id, r.instrument_code, s.created_at, s.team_id, " + TOTAL + " " + ATTENDED + COUNTS;
    private static final String IS_ORS = " AND r.instrument_code = '" + FitRatings.ORS + "'";
    private static final String NOT_ORS = " AND r.instrument_code <> '" + FitRatings.ORS + "'";
    /** A complete ORS with attendance about to be counted: its session, the session's day and time, its total, id. */
    private static final String ORS_TO_COUNT = "SELECT s.id, s.held_on, s.created_at, " + TOTAL + ", r.id, "
            + "s.association_id, s.team_id " + ATTENDED + IS_ORS;
    /** The participant's row when they have none yet; an existing row is only locked (MariaDB, H2 in MySQL mode). */
    private static final String FIRST_IF_NONE = "INSERT INTO fit_first_ors (participant_id, session_id, held_on, "
            + "created_at, total) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE participant_id = participant_id";
    /** The row replaced when the new ORS comes earlier (day held, creation, session id). */
    private static final String FIRST_IF_EARLIER = "UPDATE fit_first_ors SET session_id = ?, held_on = ?, "
            + "created_at = ?, total = ? WHERE participant_id = ? AND (held_on > ? OR held_on = ? AND "
            + "(created_at > ? OR created_at = ? AND session_id > ?))";
    /** The participant's counted ORS in order, as committed (a locking read: see the class comment). */
    private static final String ORS_IN_ORDER = "SELECT association_id, held_on, session_id, next_held_on, total "
            + "FROM fit_counted_rating WHERE participant_id = ? AND instrument_code = '" + FitRatings.ORS + "' "
            + "ORDER BY held_on, created_at, session_id FOR UPDATE";
    private static final String SET_NEXT = "UPDATE fit_counted_rating SET next_held_on = ? WHERE association_id = ? "
            + "AND held_on = ? AND participant_id = ? AND session_id = ? AND instrument_code = '" + FitRatings.ORS + "'";
    /**
     * Every counted rating, into an empty table, each ORS with its next ORS's day (a window over all of them: one
     * pass, where an UPDATE afterwards took five times as long in the benchmark's generator). Migration 250 filled
     * the table with {@link #COUNTED} alone (its comment still names this constant, which was that statement then;
     * a changeset is not edited once applied); migration 270 added the next days with an UPDATE over the same
     * window.
     */
    public static final String REBUILD_COUNTED = "INSERT INTO fit_counted_rating (association_id, held_on, "
            + "participant_id, session_id, instrument_code, created_at, team_id, total, next_held_on) "
            + "SELECT c.association_id, c.held_on, c.participant_id, c.session_id, c.instrument_code, c.created_at, "
            + "c.team_id, c.total, CASE WHEN c.instrument_code = '" + FitRatings.ORS + "' THEN LEAD(c.held_on) "
            + "OVER (PARTITION BY c.participant_id, c.instrument_code ORDER BY c.held_on, c.created_at, c.session_id) "
            + "END FROM (SELECT s.association_id, s.held_on, r.participant_id, s.id AS session_id, r.instrument_code, "
            + "s.created_at, s.team_id, " + TOTAL + " AS total " + ATTENDED + COUNTS + ") c";
    /** Every participant's first complete ORS from the counted ratings, into an empty table (as above). */
    public static final String REBUILD_FIRST_ORS = "INSERT INTO fit_first_ors (participant_id, session_id, held_on, "
            + "created_at, total) SELECT o.participant_id, o.session_id, o.held_on, o.created_at, o.total FROM "
            + "(SELECT participant_id, session_id, held_on, created_at, total, "
            + "ROW_NUMBER() OVER (PARTITION BY participant_id ORDER BY held_on, created_at, session_id) AS n "
            + "FROM fit_counted_rating WHERE instrument_code = '" + FitRatings.ORS + "') o WHERE o.n = 1";

    /** The year's last counted ORS of its participant: the next one is in a later year, or there is none. */
    private static final String LAST_OF_YEAR = "f.instrument_code = '" + FitRatings.ORS + "' AND (f.next_held_on IS NULL "
            + "OR YEAR(f.next_held_on) > YEAR(f.held_on))";
    /**
     * Per association, year and participant: the lowest and highest team of the year's counted ratings' sessions,
     * the year's SRS sum and count, and its last ORS (total, session, day) — what the figures' statement derives per
     * participant for a calendar year (the teams only decide whether the membership rule needs a lookup, so taking
     * every counted rating's team gives the same figures).
     */
    static final String YEARS = "SELECT f.association_id, YEAR(f.held_on) AS year_held, f.participant_id, "
            + "MIN(f.team_id) AS lo_team, MAX(f.team_id) AS hi_team, "
            + "SUM(CASE WHEN f.instrument_code = '" + FitRatings.ORS + "' THEN 0 ELSE f.total END) AS srs_sum, "
            + "SUM(CASE WHEN f.instrument_code = '" + FitRatings.ORS + "' THEN 0 ELSE 1 END) AS srs_n, "
            + "MAX(CASE WHEN " + LAST_OF_YEAR + " THEN f.total END) AS latest_total, "
            + "MAX(CASE WHEN " + LAST_OF_YEAR + " THEN f.session_id END) AS latest_session, "
            + "MAX(CASE WHEN " + LAST_OF_YEAR + " THEN f.held_on END) AS latest_on FROM fit_counted_rating f";
    static final String GROUP_YEARS = " GROUP BY f.association_id, YEAR(f.held_on), f.participant_id";
    /**
     * Every participant's years from the counted ratings, with the participant's team, gender and birth year, into
     * an empty table (migration 310 filled it from the counted ratings alone, migration 330 added the participant);
     * the copy of the first ORS is then filled by migration 320's statement.
     */
    public static final String REBUILD_YEARS = "INSERT INTO fit_year_figure (association_id, year_held, participant_id, "
            + "lo_team, hi_team, srs_sum, srs_n, latest_total, latest_session, latest_on, team_id, gender, birth_year) "
            + "SELECT g.association_id, g.year_held, g.participant_id, g.lo_team, g.hi_team, g.srs_sum, g.srs_n, "
            + "g.latest_total, g.latest_session, g.latest_on, p.team_id, p.gender, p.birth_year FROM (" + YEARS
            + GROUP_YEARS + ") g JOIN participant p ON p.id = g.participant_id";
    /**
     * One more counted rating of the participant's year: its session's team, and its total when an SRS; a new row
     * also gets the participant's team, gender and birth year (kept afterwards by {@link #corrected}), read from the
     * participant's row in the same statement, once (in a write, a current read).
     */
    private static final String ADD_TO_YEAR = "INSERT INTO fit_year_figure (association_id, year_held, participant_id, "
            + "team_id, gender, birth_year, lo_team, hi_team, srs_sum, srs_n) SELECT ?, ?, p.id, p.team_id, p.gender, "
            + "p.birth_year, ?, ?, ?, ? FROM participant p WHERE p.id = ? "
            + "ON DUPLICATE KEY UPDATE lo_team = LEAST(lo_team, ?), hi_team = GREATEST(hi_team, ?), "
            + "srs_sum = srs_sum + ?, srs_n = srs_n + ?";
    private static final String SET_YEARS_PARTICIPANT = "UPDATE fit_year_figure SET gender = ?, birth_year = ? "
            + "WHERE participant_id = ?";
    private static final String SET_YEARS_LAST = "UPDATE fit_year_figure SET latest_total = ?, latest_session = ?, "
            + "latest_on = ?, first_total = ?, first_session = ? WHERE association_id = ? AND year_held = ? "
            + "AND participant_id = ?";
    /** A new first ORS of the participant, copied to each of their year rows with a last ORS. */
    private static final String SET_YEARS_FIRST = "UPDATE fit_year_figure SET first_total = ?, first_session = ? "
            + "WHERE participant_id = ? AND latest_session IS NOT NULL";
    /** A complete individual SRS with attendance about to be counted: its session's association, day, team, total, id. */
    private static final String SRS_TO_COUNT = "SELECT s.association_id, s.held_on, s.team_id, " + TOTAL + ", r.id "
            + ATTENDED + NOT_ORS + " AND s.kind = '" + SessionKind.INDIVIDUAL.name() + "'";

    private final JdbcOperations jdbc;

    FigureRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored rating: its row if it counts (complete, attended); a counted ORS also the participant's ORS rows. */
    @Override
    public void postPersist(Rating r) {
        if (r.item1() == null || r.item2() == null || r.item3() == null || r.item4() == null) {
            return;
        }
        List<String> byId = List.of(r.id().toString());
        if (FitRatings.ORS.equals(r.instrumentCode())) {
            countOrs(r.participantId(), ORS_TO_COUNT + " AND r.id = ?", byId);
        } else {
            countSrs(r.participantId(), SRS_TO_COUNT + " AND r.id = ?", byId);
        }
    }

    /** A stored attendance: the rows of the participant's ratings of that session stored before it. */
    void attended(UUID sessionId, UUID participantId) {
        List<String> args = List.of(sessionId.toString(), participantId.toString());
        String ofTheSession = " AND r.session_id = ? AND r.participant_id = ?";
        countSrs(participantId, SRS_TO_COUNT + ofTheSession, args);
        countOrs(participantId, ORS_TO_COUNT + ofTheSession, args);
    }

    /** The complete, attended individual SRS that {@code select} finds, if any: its row, and its year's sums. */
    private void countSrs(UUID participantId, String select, List<String> args) {
        List<List<Object>> found = JdbcReads.list(jdbc, select, args, rs -> List.of(rs.getString(1),
                rs.getObject(2, LocalDate.class), rs.getString(3), rs.getBigDecimal(4), rs.getString(5)));
        for (List<Object> f : found) {
            JdbcWrites.update(jdbc, COUNTED + " AND r.id = ?", List.of(f.get(4)));
            addToYear((String) f.get(0), (LocalDate) f.get(1), participantId.toString(), (String) f.get(2),
                    (BigDecimal) f.get(3), 1);
        }
    }

    /**
     * The participant's year row made or added to (one atomic statement: two transactions adding to the same year
     * queue on the row).
     */
    private void addToYear(String association, LocalDate day, String participant, String team, BigDecimal srsSum,
                           int srsN) {
        JdbcWrites.update(jdbc, ADD_TO_YEAR, List.of(association, day.getYear(), team, team, srsSum, srsN,
                participant, team, team, srsSum, srsN));
    }

    /**
     * A corrected gender or birth year on the participant's year rows, in the correction's transaction. The
     * correction holds the participant's row (its update) until it commits, and a year row is only written after
     * the rating's or attendance's insert has read that row (its foreign key): a year row written concurrently is
     * either written before, and rewritten here, or after the correction commits, from its values.
     */
    @EventListener
    void corrected(GenderOrBirthYearCorrected c) {
        JdbcWrites.update(jdbc, SET_YEARS_PARTICIPANT, List.of(c.gender().name(), c.birthYear(),
                c.participantId().toString()));
    }

    /**
     * The complete, attended ORS that {@code select} finds (at most one: one ORS per session and participant), if
     * any, counted under the participant's lock: the lock (their first-ORS row, inserted with this ORS when they have
     * none), then its row, then the first ORS and the next days as committed. The day, time and total are bound
     * back as read: the counted row stores the same values (its columns have the session's and the sum's types),
     * so the first-ORS row, inserted or compared, holds what the counted row holds.
     */
    private void countOrs(UUID participantId, String select, List<String> args) {
        List<List<Object>> found = JdbcReads.list(jdbc, select, args,
                rs -> List.of(rs.getString(1), rs.getDate(2), rs.getTimestamp(3), rs.getBigDecimal(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)));
        if (found.isEmpty()) {
            return;
        }
        String participant = participantId.toString();
        List<Object> f = found.get(0);
        String session = (String) f.get(0);
        Object day = f.get(1);
        Object created = f.get(2);
        Object total = f.get(3);
        JdbcWrites.update(jdbc, FIRST_IF_NONE, List.of(participant, session, day, created, total));
        // by the rating's id: a read of fit_rating by its primary key locks that row only, not the gaps around it
        // (where another transaction may be inserting this participant's next rating)
        JdbcWrites.update(jdbc, COUNTED + " AND r.id = ?", List.of(f.get(4)));
        JdbcWrites.update(jdbc, FIRST_IF_EARLIER, List.of(session, day, created, total, participant, day, day, created,
                created, session));
        List<OrsRow> inOrder = nextDays(participant);
        LocalDate heldOn = ((java.sql.Date) day).toLocalDate();
        addToYear((String) f.get(5), heldOn, participant, (String) f.get(6), BigDecimal.ZERO, 0);
        OrsRow first = inOrder.get(0);
        if (first.sessionId().equals(session)) {
            JdbcWrites.update(jdbc, SET_YEARS_FIRST, List.of(first.total(), first.sessionId(), participant));
        }
        lastOfYear(inOrder, (String) f.get(5), heldOn.getYear(), participant);
    }

    /**
     * The year's last ORS (in the histories' order) on the participant's year row, with the copy of their first ORS
     * ({@code inOrder} holds at least the ORS being counted).
     */
    private void lastOfYear(List<OrsRow> inOrder, String association, int year, String participant) {
        OrsRow last = null;
        for (OrsRow row : inOrder) {
            if (row.heldOn().getYear() == year && row.associationId().equals(association)) {
                last = row;
            }
        }
        if (last != null) {
            OrsRow first = inOrder.get(0);
            JdbcWrites.update(jdbc, SET_YEARS_LAST, List.of(last.total(), last.sessionId(), last.heldOn(),
                    first.total(), first.sessionId(), association, year, participant));
        }
    }

    /** Each of the participant's counted ORS gets the day of the next one (none for the latest) where it differs. */
    private List<OrsRow> nextDays(String participant) {
        List<OrsRow> rows = JdbcReads.list(jdbc, ORS_IN_ORDER, List.of(participant), rs -> new OrsRow(
                rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getBigDecimal(5)));
        for (int i = 0; i < rows.size(); i++) {
            OrsRow row = rows.get(i);
            LocalDate next = i + 1 < rows.size() ? rows.get(i + 1).heldOn() : null;
            if (!Objects.equals(next, row.nextHeldOn())) {
                JdbcWrites.update(jdbc, SET_NEXT, Arrays.asList(next, row.associationId(), row.heldOn(), participant,
                        row.sessionId()));
            }
        }
        return rows;
    }

    private record OrsRow(String associationId, LocalDate heldOn, String sessionId, @Nullable LocalDate nextHeldOn,
                          BigDecimal total) {
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
