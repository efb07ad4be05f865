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
 *       (as {@code HistoryRepository.ofTeam} reads them); all their sessions count, of any team;</li>
 *   <li>a complete rating has all four items; its total is their sum (as {@link Scores#total()});</li>
 *   <li>sessions are ordered by day held, creation, id (as the histories number them): first and
 *       latest complete ORS up to {@code to} by window functions;</li>
 *   <li>the team's settings ({@code fit_team_settings}, else {@link FitSettings#DEFAULTS}) give the
 *       reliable change and the cutoff for the age at the latest rating (year held − birth year).</li>
 * </ul>
 * Callers run inside a transaction.
 */
@Singleton
class FigureRepository {
    private static final String COMPLETE = "r.item_1 IS NOT NULL AND r.item_2 IS NOT NULL AND r.item_3 IS NOT NULL "
            + "AND r.item_4 IS NOT NULL";
    /** Ratings of the teams' participants, through their attendance (a rating without one is not in a history). */
    private static final String RATED = "FROM participant p JOIN fit_rating r ON r.participant_id = p.id "
            + "JOIN fit_attendance a ON a.session_id = r.session_id AND a.participant_id = r.participant_id "
            + "JOIN fit_session s ON s.id = r.session_id ";
    private static final String MEMBER = "EXISTS (SELECT 1 FROM fit_attendance ma JOIN fit_session ms "
            + "ON ms.id = ma.session_id WHERE ma.participant_id = p.id AND ms.team_id = p.team_id)";

    /**
     * Per participant with ≥ 2 complete ORS up to {@code to}, the latest in the period; then by team and
     * gender. The birth year is read only for those who count (by primary key), so the teams'
     * participants are found on the report index (team, gender, ..., id) without reading their rows.
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
            + "FROM (SELECT p.id AS participant_id, p.team_id, p.gender, s.held_on, "
            + "r.item_1 + r.item_2 + r.item_3 + r.item_4 AS total, "
            + "ROW_NUMBER() OVER (PARTITION BY p.id ORDER BY s.held_on, s.created_at, s.id) AS n_first, "
            + "ROW_NUMBER() OVER (PARTITION BY p.id ORDER BY s.held_on DESC, s.created_at DESC, s.id DESC) AS n_last "
            + RATED + "WHERE p.team_id IN (%s) AND r.instrument_code = '" + FitRatings.ORS + "' AND " + COMPLETE
            + " AND s.held_on <= ? AND " + MEMBER + ") o "
            + "GROUP BY o.participant_id, o.team_id, o.gender "
            + "HAVING COUNT(*) >= 2 AND MAX(o.held_on) >= ?) c "
            + "JOIN participant pb ON pb.id = c.participant_id "
            + "LEFT JOIN fit_team_settings t ON t.team_id = c.team_id) v "
            + "GROUP BY v.team_id, v.gender";

    /** Every complete SRS of an individual session held in the period, by team and gender. */
    private static final String SRS = "SELECT p.team_id, p.gender, "
            + "SUM(r.item_1 + r.item_2 + r.item_3 + r.item_4) AS srs_sum, COUNT(*) AS srs_ratings, "
            + "COUNT(DISTINCT p.id) AS srs_participants " + RATED
            + "WHERE p.team_id IN (%s) AND r.instrument_code <> '" + FitRatings.ORS + "' AND " + COMPLETE
            + " AND s.kind = '" + SessionKind.INDIVIDUAL.name() + "' AND s.held_on >= ? AND s.held_on <= ? AND "
            + MEMBER + " GROUP BY p.team_id, p.gender";

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
        teamIds.forEach(t -> args.add(t.toString()));
        args.add(to);
        args.add(from);
        return query(ORS.formatted(placeholders(teamIds)), args, rs -> new OrsSums(UUID.fromString(rs.getString(1)),
                rs.getString(2), rs.getLong(3), rs.getBigDecimal(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)));
    }

    List<SrsSums> srs(Collection<UUID> teamIds, LocalDate from, LocalDate to) {
        List<Object> args = new ArrayList<>(teamIds.stream().map(UUID::toString).toList());
        args.add(from);
        args.add(to);
        return query(SRS.formatted(placeholders(teamIds)), args, rs -> new SrsSums(UUID.fromString(rs.getString(1)),
                rs.getString(2), rs.getBigDecimal(3), rs.getLong(4), rs.getLong(5)));
    }

    private static String placeholders(Collection<UUID> teamIds) {
        return String.join(",", teamIds.stream().map(t -> "?").toList());
    }

    private <T> List<T> query(String sql, List<Object> args, JdbcReads.RowMapper<T> mapper) {
        return JdbcReads.list(jdbc, sql, args, mapper);
    }

}
