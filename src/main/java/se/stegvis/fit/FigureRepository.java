package se.stegvis.fit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import se.stegvis.shared.JdbcReads;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The report's FIT figures of many teams in TWO grouped statements whatever the number of teams,
 * participants or ratings (the ORS figures and the SRS sums), each returning one row per team and
 * gender. The rules are those of FigureRules, the reference in the tests (guarded by FitFiguresEquivalenceTest):
 * <ul>
 *   <li>whose figures: participants whose current team is the team and who attended one of its sessions
 *       (as the reference, ReferenceFigures in the tests, reads them); all their sessions count, of any team;</li>
 *   <li>a complete rating has all four items; its total is their sum (as {@link Scores#total()}); a rating
 *       counts only with its attendance (a rating without one is not in a history);</li>
 *   <li>sessions are ordered by day held, creation, id (as the histories number them): first and
 *       latest complete ORS up to {@code to} by window functions;</li>
 *   <li>the team's settings ({@code fit_team_settings}, else {@link FitSettings#DEFAULTS}) give the
 *       reliable change and the cutoff for the age at the latest rating (year held − birth year).</li>
 * </ul>
 *
 * <p>Both statements start from the period: the sessions held from {@code from} to {@code to} with their ratings
 * and attendance, so their work grows with the period's sessions, not with the teams' whole history (measured in
 * docs/reports.md). The sessions are found in {@code ix_fit_session_period} (migration 240: association, id, day,
 * kind, team): the association's sessions in id order from the index alone, so that the probes for their ratings
 * and attendance (keyed by session) follow one another instead of jumping as they would in date order:
 * <ul>
 *   <li>SRS: the period's complete individual SRS summed per participant; then the participant's team and
 *       gender, and the membership rule once per participant (in HAVING, so that the database does not
 *       turn it into a semi-join evaluated for every participant of the teams; answered without a lookup when
 *       one of the period's sessions is of the participant's team);</li>
 *   <li>ORS: a participant counts only if their latest complete ORS up to {@code to} lies in the period,
 *       i.e. only if they have a complete ORS in a session held in the period: those candidates (of the
 *       teams, members) are found from the period's sessions, and only their histories up to {@code to}
 *       are read (by participant) for the first complete ORS and the count of at least two.</li>
 * </ul>
 * The period's sessions are those of the requested teams' associations ({@code fit_session.association_id},
 * set from the session's team when it is recorded). That loses nobody because a participant attends only
 * sessions of their own association: attendees are checked to be in the session's team when it is recorded
 * ({@code SessionService.inTeam}), attendance is written nowhere else, and neither a participant's team nor a
 * team's association ever changes. A feature that moves participants between associations must revisit this
 * filter (e.g. drop it and read every association's sessions of the period).
 * Callers run inside a transaction.
 */
@Singleton
class FigureRepository {
    private static final String COMPLETE = "r.item_1 IS NOT NULL AND r.item_2 IS NOT NULL AND r.item_3 IS NOT NULL "
            + "AND r.item_4 IS NOT NULL";
    /**
     * Ratings with their attendance in the sessions held in the period by the teams' associations ({@code %1$s}:
     * the team ids; then from, to). Followed by further conditions on {@code r} and {@code s}.
     */
    private static final String RATED_IN_PERIOD = "FROM fit_session s JOIN fit_rating r ON r.session_id = s.id "
            + "JOIN fit_attendance a ON a.session_id = r.session_id AND a.participant_id = r.participant_id "
            + "WHERE s.association_id IN (SELECT rt.association_id FROM team rt WHERE rt.id IN (%1$s)) "
            + "AND s.held_on >= ? AND s.held_on <= ? AND ";
    /**
     * The lowest and highest team of the sessions of {@code x}'s ratings in the period (aliases lo_team, hi_team):
     * each is a team whose session the participant attended.
     */
    private static final String PERIOD_TEAMS = "MIN(s.team_id) AS lo_team, MAX(s.team_id) AS hi_team";
    /**
     * The participant {@code p} attended one of its own team's sessions (any day): known without a lookup when
     * the team is the lowest or highest of their sessions in the period ({@code x.lo_team}, {@code x.hi_team},
     * see {@link #PERIOD_TEAMS}; the usual case), else looked up (OR is evaluated left to right, so the lookup
     * runs only for the others).
     */
    private static final String MEMBER = "p.team_id = x.lo_team OR p.team_id = x.hi_team OR "
            + "EXISTS (SELECT 1 FROM fit_attendance ma JOIN fit_session ms "
            + "ON ms.id = ma.session_id WHERE ma.participant_id = p.id AND ms.team_id = p.team_id)";

    /**
     * Candidates k (a complete ORS in the period, of the teams, members); their complete ORS up to {@code to}
     * numbered first and last; per participant with ≥ 2 of them the change; then by team and gender. The
     * birth year is read only for those who count (by primary key).
     */
    private static final String ORS = "SELECT v.team_id, v.gender, COUNT(*) AS counted, SUM(v.change_) AS change_sum, "
            + "SUM(CASE WHEN v.change_ >= v.rc THEN 1 ELSE 0 END) AS improved, "
            + "SUM(CASE WHEN v.change_ < v.rc AND -v.change_ >= v.rc THEN 1 ELSE 0 END) AS worse, "
            + "SUM(CASE WHEN v.latest > v.cutoff OR v.latest = v.cutoff AND NOT v.at_below THEN 1 ELSE 0 END) AS above "
            + "FROM (SELECT c.team_id, c.gender, c.latest_total - c.first_total AS change_, c.latest_total AS latest, "
            + "COALESCE(t.reliable_change, ?) AS rc, "
            + "CASE WHEN EXTRACT(YEAR FROM c.latest_on) - pb.birth_year < " + ClinicalRules.YOUTH_FROM
            + " THEN COALESCE(t.cutoff_child, ?) "
            + "WHEN EXTRACT(YEAR FROM c.latest_on) - pb.birth_year < " + ClinicalRules.ADULT_FROM
            + " THEN COALESCE(t.cutoff_youth, ?) ELSE COALESCE(t.cutoff_adult, ?) END AS cutoff, "
            + "COALESCE(t.at_cutoff_counts_as_below, ?) AS at_below "
            + "FROM (SELECT o.participant_id, o.team_id, o.gender, MAX(o.held_on) AS latest_on, "
            + "MAX(CASE WHEN o.n_first = 1 THEN o.total END) AS first_total, "
            + "MAX(CASE WHEN o.n_last = 1 THEN o.total END) AS latest_total "
            + "FROM (SELECT k.id AS participant_id, k.team_id, k.gender, s.held_on, "
            + "r.item_1 + r.item_2 + r.item_3 + r.item_4 AS total, "
            + "ROW_NUMBER() OVER (PARTITION BY k.id ORDER BY s.held_on, s.created_at, s.id) AS n_first, "
            + "ROW_NUMBER() OVER (PARTITION BY k.id ORDER BY s.held_on DESC, s.created_at DESC, s.id DESC) AS n_last "
            + "FROM (SELECT p.id, p.team_id, p.gender FROM (SELECT r.participant_id, " + PERIOD_TEAMS + " " + RATED_IN_PERIOD
            + "r.instrument_code = '" + FitRatings.ORS + "' AND " + COMPLETE + " GROUP BY r.participant_id) x "
            + "JOIN participant p ON p.id = x.participant_id WHERE p.team_id IN (%1$s) "
            + "GROUP BY p.id, p.team_id, p.gender, x.lo_team, x.hi_team HAVING " + MEMBER + ") k "
            + "JOIN fit_rating r ON r.participant_id = k.id "
            + "JOIN fit_attendance a ON a.session_id = r.session_id AND a.participant_id = r.participant_id "
            + "JOIN fit_session s ON s.id = r.session_id "
            + "WHERE r.instrument_code = '" + FitRatings.ORS + "' AND " + COMPLETE + " AND s.held_on <= ?) o "
            + "GROUP BY o.participant_id, o.team_id, o.gender HAVING COUNT(*) >= 2) c "
            + "JOIN participant pb ON pb.id = c.participant_id "
            + "LEFT JOIN fit_team_settings t ON t.team_id = c.team_id) v "
            + "GROUP BY v.team_id, v.gender";

    /**
     * Every complete SRS of an individual session held in the period, summed per participant x; then the
     * teams' members among them by team and gender.
     */
    private static final String SRS = "SELECT y.team_id, y.gender, SUM(y.srs_sum) AS srs_sum, "
            + "SUM(y.n) AS srs_ratings, COUNT(*) AS srs_participants "
            + "FROM (SELECT p.id, p.team_id, p.gender, x.srs_sum, x.n "
            + "FROM (SELECT r.participant_id, SUM(r.item_1 + r.item_2 + r.item_3 + r.item_4) AS srs_sum, COUNT(*) AS n, "
            + PERIOD_TEAMS + " " + RATED_IN_PERIOD + "r.instrument_code <> '" + FitRatings.ORS + "' AND " + COMPLETE
            + " AND s.kind = '" + SessionKind.INDIVIDUAL.name() + "' GROUP BY r.participant_id) x "
            + "JOIN participant p ON p.id = x.participant_id WHERE p.team_id IN (%1$s) "
            + "GROUP BY p.id, p.team_id, p.gender, x.srs_sum, x.n, x.lo_team, x.hi_team HAVING " + MEMBER + ") y "
            + "GROUP BY y.team_id, y.gender";

    /** ORS figures of one team and gender. */
    record OrsSums(UUID teamId, String gender, long counted, BigDecimal changeSum, long improved, long worse,
                   long above) {
    }

    /** SRS sums of one team and gender. */
    record SrsSums(UUID teamId, String gender, BigDecimal sum, long ratings, long participants) {
    }

    private final JdbcOperations jdbc;

    FigureRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<OrsSums> ors(Collection<UUID> teamIds, LocalDate from, LocalDate to) {
        FitSettings d = FitSettings.DEFAULTS;
        List<Object> args = new ArrayList<>(List.of(d.reliableChange(), d.cutoffChild(), d.cutoffYouth(),
                d.cutoffAdult(), d.atCutoffCountsAsBelow()));
        args.addAll(JdbcReads.ids(teamIds));
        args.add(from);
        args.add(to);
        args.addAll(JdbcReads.ids(teamIds));
        args.add(to);
        return JdbcReads.list(jdbc, ORS.formatted(JdbcReads.marks(teamIds.size())), args,
                rs -> new OrsSums(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)));
    }

    List<SrsSums> srs(Collection<UUID> teamIds, LocalDate from, LocalDate to) {
        List<Object> args = new ArrayList<>(JdbcReads.ids(teamIds));
        args.add(from);
        args.add(to);
        args.addAll(JdbcReads.ids(teamIds));
        return JdbcReads.list(jdbc, SRS.formatted(JdbcReads.marks(teamIds.size())), args,
                rs -> new SrsSums(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getBigDecimal(3), rs.getLong(4),
                        rs.getLong(5)));
    }
}
