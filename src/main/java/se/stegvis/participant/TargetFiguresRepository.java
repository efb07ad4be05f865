package se.stegvis.participant;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.stegvis.shared.JdbcReads;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The grouped statement behind {@link TargetFigures}: the period's enrolments per team, and the period's exits per
 * team and outcome set ({@link ExitOutcomes}, kept on the participant row), whose sets are matched here against
 * work or studies and against each team's goal outcomes. Both halves read one index range each (ix_participant_
 * enrolments, ix_participant_exits) and look nothing up.
 */
@Singleton
class TargetFiguresRepository {
    /** Persons enrolled in the period ({@code enrolments}), or who left with this outcome set, of one team. */
    private record Row(boolean enrolments, UUID team, Integer outcomes, long persons) {
    }

    private final JdbcOperations jdbc;

    TargetFiguresRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, TargetFigures.Figures> figures(Map<UUID, ? extends Collection<String>> goalOutcomes, LocalDate from,
                                             LocalDate to) {
        List<String> teams = JdbcReads.ids(goalOutcomes.keySet());
        String teamIn = "p.team_id IN (" + JdbcReads.marks(teams.size()) + ")";
        // Two ranges of the period's rows added up per team, instead of one OR over both: MariaDB read that by
        // merging the two indexes and evaluated every condition for every row (docs/reports.md).
        String sql = "SELECT 'N' AS kind, p.team_id, NULL AS outcomes, COUNT(*) AS persons FROM participant p WHERE "
                + teamIn + " AND p.enrolment_date >= ? AND p.enrolment_date <= ? GROUP BY p.team_id"
                + " UNION ALL SELECT 'X', p.team_id, p.exit_outcomes, COUNT(*) FROM participant p WHERE " + teamIn
                + " AND p.exit_date >= ? AND p.exit_date <= ? GROUP BY p.team_id, p.exit_outcomes";
        List<Object> args = new ArrayList<>(teams);
        args.addAll(List.of(from, to));
        args.addAll(teams);
        args.addAll(List.of(from, to));
        Map<UUID, Set<String>> goals = new HashMap<>();
        goalOutcomes.forEach((team, codes) -> goals.put(team, Set.copyOf(codes)));
        List<Row> rows = JdbcReads.list(jdbc, sql, args, rs -> new Row("N".equals(rs.getString("kind")),
                UUID.fromString(rs.getString("team_id")), rs.getObject("outcomes", Integer.class), rs.getLong("persons")));
        Map<UUID, long[]> counts = new HashMap<>(); // new, exits, to work or studies, reaching the goal
        for (Row r : rows) {
            long[] c = counts.computeIfAbsent(r.team(), t -> new long[4]);
            if (r.enrolments()) {
                c[0] += r.persons();
                continue;
            }
            Set<Outcome> outcomes = ExitOutcomes.decode(r.outcomes());
            c[1] += r.persons();
            if (outcomes.stream().anyMatch(TargetFigures.WORK_OR_STUDIES::contains)) {
                c[2] += r.persons();
            }
            if (ExitOutcomes.holdsAnyOf(outcomes, goals.get(r.team()))) {
                c[3] += r.persons();
            }
        }
        Map<UUID, TargetFigures.Figures> figures = new HashMap<>();
        counts.forEach((team, c) -> figures.put(team, new TargetFigures.Figures(c[0], c[1], c[2], c[3])));
        return figures;
    }
}
