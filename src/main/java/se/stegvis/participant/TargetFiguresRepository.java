package se.stegvis.participant;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.stegvis.shared.JdbcReads;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The grouped statement behind {@link TargetFigures}. The team-specific goal outcomes are matched as
 * "team:outcome" pairs, so all teams are read at once; outcomes are looked up per exited person through
 * the participant_outcome primary key.
 */
@Singleton
class TargetFiguresRepository {
    private final JdbcOperations jdbc;

    TargetFiguresRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, TargetFigures.Figures> figures(Map<UUID, ? extends Collection<String>> goalOutcomes, LocalDate from,
                                             LocalDate to) {
        List<String> teams = JdbcReads.ids(goalOutcomes.keySet());
        List<String> goalPairs = new ArrayList<>();
        goalOutcomes.forEach((team, outcomes) -> outcomes.forEach(o -> goalPairs.add(team + ":" + o)));
        String work = TargetFigures.WORK_OR_STUDIES.stream().map(o -> "'" + o.name() + "'").sorted()
                .collect(Collectors.joining(","));
        String goal = goalPairs.isEmpty() ? "1 = 0"
                : "CONCAT(p.team_id, ':', o.outcome) IN (" + JdbcReads.marks(goalPairs.size()) + ")";
        String teamIn = "p.team_id IN (" + JdbcReads.marks(teams.size()) + ")";
        // Two ranges of the period's rows (ix_participant_enrolments, ix_participant_exits) added up per team,
        // instead of one OR over both: MariaDB read that by merging the two indexes and evaluated every
        // condition for every row (docs/reports.md); outcomes are looked up for the period's exits only.
        String sql = "SELECT x.team_id, SUM(x.new_count) AS new_count, SUM(x.exit_count) AS exit_count,"
                + " SUM(x.work_count) AS work_count, SUM(x.goal_count) AS goal_count FROM ("
                + "SELECT p.team_id, 1 AS new_count, 0 AS exit_count, 0 AS work_count, 0 AS goal_count"
                + " FROM participant p WHERE " + teamIn + " AND p.enrolment_date >= ? AND p.enrolment_date <= ?"
                + " UNION ALL SELECT p.team_id, 0, 1,"
                + " CASE WHEN EXISTS (SELECT 1 FROM participant_outcome o"
                + " WHERE o.participant_id = p.id AND o.outcome IN (" + work + ")) THEN 1 ELSE 0 END,"
                + " CASE WHEN EXISTS (SELECT 1 FROM participant_outcome o"
                + " WHERE o.participant_id = p.id AND " + goal + ") THEN 1 ELSE 0 END"
                + " FROM participant p WHERE " + teamIn + " AND p.exit_date >= ? AND p.exit_date <= ?"
                + ") x GROUP BY x.team_id";
        List<Object> args = new ArrayList<>(teams);
        args.addAll(List.of(from, to));
        args.addAll(goalPairs);
        args.addAll(teams);
        args.addAll(List.of(from, to));
        return JdbcReads.list(jdbc, sql, args, rs -> Map.entry(UUID.fromString(rs.getString("team_id")),
                        new TargetFigures.Figures(rs.getLong("new_count"), rs.getLong("exit_count"),
                                rs.getLong("work_count"), rs.getLong("goal_count"))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
