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
 * The report's FIT figures of many teams in ONE grouped statement whatever the number of teams,
 * participants or ratings (ORS figures and SRS sums together), returning one row per team and
 * gender. The rules are those of FigureRules, the reference in the tests (guarded by FitFiguresEquivalenceTest):
 * <ul>
 *   <li>whose figures: participants whose current team is the team and who attended one of its sessions
 *       (as the reference, ReferenceFigures in the tests, reads them); all their sessions count, of any team;</li>
 *   <li>a complete rating has all four items; its total is their sum (as {@link Scores#total()}); a rating
 *       counts only with its attendance (a rating without one is not in a history);</li>
 *   <li>sessions are ordered by day held, creation, id (as the histories number them);</li>
 *   <li>the team's settings ({@code fit_team_settings}, else {@link FitSettings#DEFAULTS}) give the
 *       reliable change and the cutoff for the age at the latest rating (year held − birth year).</li>
 * </ul>
 *
 * <p>The statement reads only the period's rows of {@code fit_counted_rating} (kept at write time by
 * {@link FigureRows}: the ratings that count, with their sessions' day, creation, team and association), one range
 * of its primary key (association, day, …) per association, so its work grows with the period's ratings, not with
 * the teams' whole history, and no session, rating or attendance row is probed (measured in docs/reports.md).
 * Per participant of the period:
 * <ul>
 *   <li>SRS: their complete individual SRS summed and counted;</li>
 *   <li>ORS: a participant counts only if their latest complete ORS up to {@code to} lies in the period, i.e. is
 *       the period's latest; they have at least two up to it when their first complete ORS ever, kept at write
 *       time ({@code fit_first_ors}, {@link FigureRows}), is another rating; the change is latest − first;</li>
 *   <li>then the participant's team and gender, and the membership rule once per participant (a 0/1 value that
 *       every sum is conditioned on, so that the database does not turn it into a semi-join evaluated for every
 *       participant of the teams; answered without a lookup when one of the period's sessions is of the
 *       participant's team).</li>
 * </ul>
 * The period's ratings are those of sessions of the requested teams' associations (the session's
 * {@code association_id}, set from its team when it is recorded). That loses nobody because a participant attends only
 * sessions of their own association: attendees are checked to be in the session's team when it is recorded
 * ({@code SessionService.inTeam}), attendance is written nowhere else, and neither a participant's team nor a
 * team's association ever changes. A feature that moves participants between associations must revisit this
 * filter (e.g. drop it and read every association's sessions of the period).
 * Callers run inside a transaction.
 */
@Singleton
class FigureRepository {
    /**
     * 1 when the participant ({@code x.participant_id}, of the team {@code {team}}) attended one of its own team's
     * sessions (any day), else 0: known without a lookup when the team is the lowest or highest team of their
     * counted ratings' sessions in the period
     * ({@code x.lo_team}, {@code x.hi_team}: teams whose sessions they attended; the usual case), else looked up
     * (a CASE is evaluated in order, so the lookup runs only for the others). A value in the select list, not a
     * condition: as a condition MariaDB turns the EXISTS into a semi-join evaluated for every participant of the
     * teams, and keeping it out of WHERE through a GROUP BY … HAVING cost a sort and a temporary table of all the
     * period's participants (14 % of the statement at 400,000 participants, docs/reports.md).
     */
    private static final String MEMBER = "CASE WHEN {team} = x.lo_team OR {team} = x.hi_team THEN 1 "
            + "WHEN EXISTS (SELECT 1 FROM fit_attendance ma JOIN fit_session ms "
            + "ON ms.id = ma.session_id WHERE ma.participant_id = x.participant_id AND ms.team_id = {team}) THEN 1 "
            + "ELSE 0 END";

    private static final String IS_ORS = "f.instrument_code = '" + FitRatings.ORS + "'";
    /**
     * Per participant of the period: from the counted ratings ({@code fit_counted_rating}, {@link FigureRows}) of the
     * associations ({@code %2$s}) held from {@code from} to {@code to} — one range of the primary key per
     * association — their SRS and their latest ORS up to {@code to} when it lies in the period: the one ORS row
     * whose next ORS ({@code next_held_on}, kept at write time) is after {@code to} or none. Every other ORS row is
     * left out before grouping, so a group holds at most one ORS and its MAX is that ORS's total, session and day;
     * the lowest and highest team of their rows' sessions serve the membership rule. No lookup of the latest ORS,
     * no window function (MariaDB would materialise every row of the period for it); measured in docs/reports.md.
     */
    private static final String PER_PARTICIPANT = "SELECT f.participant_id, MIN(f.team_id) AS lo_team, "
            + "MAX(f.team_id) AS hi_team, SUM(CASE WHEN " + IS_ORS + " THEN 0 ELSE f.total END) AS srs_sum, "
            + "SUM(CASE WHEN " + IS_ORS + " THEN 0 ELSE 1 END) AS srs_n, "
            + "MAX(CASE WHEN " + IS_ORS + " THEN f.total END) AS latest_total, "
            + "MAX(CASE WHEN " + IS_ORS + " THEN f.session_id END) AS latest_session, "
            + "MAX(CASE WHEN " + IS_ORS + " THEN f.held_on END) AS latest_on "
            + "FROM fit_counted_rating f WHERE f.association_id IN (%2$s) AND f.held_on >= ? AND f.held_on <= ? "
            + "AND (f.instrument_code <> '" + FitRatings.ORS + "' OR f.next_held_on IS NULL OR f.next_held_on > ?) "
            + "GROUP BY f.participant_id";

    /**
     * The same per participant for a calendar year, kept at write time ({@code fit_year_figure}, {@link FigureRows},
     * migration 310): one row per participant of the year, one range of its primary key per association, instead of
     * grouping every counted rating of the year (at 400,000 participants the statement 920 → 400 ms,
     * docs/reports.md). The year's rows hold its SRS and its last ORS, the one whose next ORS is after the year —
     * exactly the rows {@link #PER_PARTICIPANT} keeps for the period from 1 January to 31 December — and, where
     * there is a last ORS, a copy of the participant's first ORS (migration 320), and the participant's team, gender
     * and birth year (migration 330), so that neither the participant's row nor their {@code fit_first_ors} row is
     * looked up (a further 500 → 420 → 290 ms for the statement alone).
     */
    private static final String YEAR_PER_PARTICIPANT = "SELECT y.participant_id, y.lo_team, y.hi_team, y.srs_sum, "
            + "y.srs_n, y.latest_total, y.latest_session, y.latest_on, y.first_total, y.first_session, y.team_id, "
            + "y.gender, y.birth_year FROM fit_year_figure y WHERE y.association_id IN (%2$s) AND y.year_held = ?";

    /**
     * Where {@link #FIGURES} gets the per-participant rows ({@code rows}, as {@code x}) and, for each, the
     * participant's team, gender and birth year and their first complete ORS ever (its total and session):
     * the select list {@code participant} over the rows and what {@code join} joins to them; {@code team} is the
     * participant's team as a column.
     */
    private record Source(String rows, String participant, String join, String team) {
        String into(String figures) {
            return figures.replace("{rows}", rows).replace("{participant}", participant).replace("{join}", join)
                    .replace("{team}", team);
        }
    }

    private static final Source PERIOD = new Source(PER_PARTICIPANT, "p.team_id, p.gender, p.birth_year, "
            + "f.total AS first_total, f.session_id AS first_session", "JOIN participant p ON p.id = x.participant_id "
            + "LEFT JOIN fit_first_ors f ON f.participant_id = p.id ", "p.team_id");
    private static final Source YEAR = new Source(YEAR_PER_PARTICIPANT, "x.team_id, x.gender, x.birth_year, "
            + "x.first_total, x.first_session", "", "x.team_id");

    /**
     * Per participant x of the period: the SRS sum and count, the latest complete ORS (total, session, day);
     * the teams' members among them (k) with gender and birth year and their first complete ORS ever (as the
     * {@link Source} gives them); their team settings (v); then by team and gender. A participant counts for ORS
     * when their first complete ORS is not the period's latest (so they have at least two up to it).
     */
    private static final String FIGURES = "SELECT v.team_id, v.gender, SUM(v.counts) AS counted, "
            + "SUM(CASE WHEN v.counts = 1 THEN v.change_ ELSE 0 END) AS change_sum, "
            + "SUM(CASE WHEN v.counts = 1 AND v.change_ >= v.rc THEN 1 ELSE 0 END) AS improved, "
            + "SUM(CASE WHEN v.counts = 1 AND v.change_ < v.rc AND -v.change_ >= v.rc THEN 1 ELSE 0 END) AS worse, "
            + "SUM(CASE WHEN v.counts = 1 AND (v.latest > v.cutoff OR v.latest = v.cutoff AND NOT v.at_below) "
            + "THEN 1 ELSE 0 END) AS above, "
            + "SUM(v.srs_sum) AS srs_sum, SUM(v.srs_n) AS srs_ratings, "
            + "SUM(CASE WHEN v.srs_n > 0 THEN 1 ELSE 0 END) AS srs_participants "
            + "FROM (SELECT k.team_id, k.gender, CASE WHEN k.member = 1 THEN k.srs_sum ELSE 0 END AS srs_sum, "
            + "CASE WHEN k.member = 1 THEN k.srs_n ELSE 0 END AS srs_n, "
            + "CASE WHEN k.member = 1 AND k.first_session <> k.latest_session THEN 1 ELSE 0 END AS counts, "
            + "k.latest_total - k.first_total AS change_, k.latest_total AS latest, "
            + "COALESCE(t.reliable_change, ?) AS rc, "
            + "CASE WHEN EXTRACT(YEAR FROM k.latest_on) - k.birth_year < " + ClinicalRules.YOUTH_FROM
            + " THEN COALESCE(t.cutoff_child, ?) "
            + "WHEN EXTRACT(YEAR FROM k.latest_on) - k.birth_year < " + ClinicalRules.ADULT_FROM
            + " THEN COALESCE(t.cutoff_youth, ?) ELSE COALESCE(t.cutoff_adult, ?) END AS cutoff, "
            + "COALESCE(t.at_cutoff_counts_as_below, ?) AS at_below "
            + "FROM (SELECT x.participant_id AS id, {participant}, x.srs_sum, x.srs_n, x.latest_total, "
            + "x.latest_session, x.latest_on, " + MEMBER + " AS member "
            + "FROM ({rows}) x {join}WHERE {team} IN (%1$s)) k "
            + "LEFT JOIN fit_team_settings t ON t.team_id = k.team_id) v "
            + "GROUP BY v.team_id, v.gender HAVING SUM(v.counts) > 0 OR SUM(v.srs_n) > 0";

    /** The figures of one team and gender (as {@link FitFigures.Sums}). */
    record TeamSums(UUID teamId, FitFigures.Sums sums) {
    }

    private final JdbcOperations jdbc;

    FigureRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<TeamSums> figures(Collection<UUID> teamIds, LocalDate from, LocalDate to) {
        FitSettings d = FitSettings.DEFAULTS;
        List<Object> args = new ArrayList<>(List.of(d.reliableChange(), d.cutoffChild(), d.cutoffYouth(),
                d.cutoffAdult(), d.atCutoffCountsAsBelow()));
        // bound as values, not a subquery: MariaDB then reads the period as a range of the primary key
        List<String> associations = JdbcReads.list(jdbc, "SELECT DISTINCT association_id FROM team WHERE id IN ("
                + JdbcReads.marks(teamIds.size()) + ")", JdbcReads.ids(teamIds), rs -> rs.getString(1));
        if (associations.isEmpty()) {
            return List.of();
        }
        args.addAll(associations);
        boolean year = from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()));
        if (year) {
            args.add(from.getYear());
        } else {
            args.add(from);
            args.add(to);
            args.add(to);
        }
        args.addAll(JdbcReads.ids(teamIds));
        Source source = year ? YEAR : PERIOD;
        String sql = source.into(FIGURES).formatted(JdbcReads.marks(teamIds.size()),
                JdbcReads.marks(associations.size()));
        return JdbcReads.list(jdbc, sql, args,
                rs -> new TeamSums(UUID.fromString(rs.getString(1)), new FitFigures.Sums(rs.getString(2), rs.getLong(3),
                        rs.getBigDecimal(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getBigDecimal(8),
                        rs.getLong(9), rs.getLong(10))));
    }
}
