package se.stegvis.participant;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import se.stegvis.shared.JdbcReads;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static se.stegvis.shared.JdbcReads.ids;
import static se.stegvis.shared.JdbcReads.marks;

/**
 * The grouped statements behind {@link OutcomeFigures}: one statement each, over all requested teams,
 * read forward-only and streamed (Connector/J holds the whole result in memory unless the fetch size
 * is {@link Integer#MIN_VALUE}). Portable between MariaDB/MySQL and H2 in MySQL mode: YEAR(), EXISTS,
 * UNION ALL, no date arithmetic in SQL (throughput days are counted in Java from the grouped dates).
 */
@Singleton
class OutcomeFiguresRepository {
    private static final String EXIT_RANGE = " AND p.exit_date >= ? AND p.exit_date <= ? AND p.enrolment_date IS NOT NULL";
    private static final String EXIT_GROUP = "p.team_id, p.gender, p.birth_year, YEAR(p.exit_date)";

    private final ConnectionOperations<Connection> connections;

    OutcomeFiguresRepository(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }


    /**
     * All exits (kind 'A') and exits per outcome (kind 'O') in one statement. The per-outcome half is a
     * LEFT JOIN so that the engine reads the period's exits first and looks their outcomes up by key,
     * instead of scanning every outcome ever recorded; an exit without outcomes gives a null outcome there,
     * which is skipped.
     */
    void exits(List<UUID> teamIds, LocalDate from, LocalDate to, Consumer<OutcomeFigures.ExitGroup> sink) {
        String teams = " WHERE p.team_id IN (" + marks(teamIds.size()) + ")";
        String sql = "SELECT 'A' AS kind, " + EXIT_GROUP + ", NULL AS outcome, COUNT(*) AS persons "
                + "FROM participant p" + teams + EXIT_RANGE + " GROUP BY " + EXIT_GROUP
                + " UNION ALL SELECT 'O', " + EXIT_GROUP + ", o.outcome, COUNT(*) FROM participant p "
                + "LEFT JOIN participant_outcome o ON o.participant_id = p.id" + teams + EXIT_RANGE
                + " GROUP BY " + EXIT_GROUP + ", o.outcome";
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            args.addAll(ids(teamIds));
            args.add(from);
            args.add(to);
        }
        JdbcReads.stream(connections, sql, args, rs -> {
            boolean all = "A".equals(rs.getString(1));
            String outcome = rs.getString(6);
            if (all || outcome != null) {
                sink.accept(new OutcomeFigures.ExitGroup(UUID.fromString(rs.getString(2)),
                        Gender.valueOf(rs.getString(3)), rs.getInt(5) - rs.getInt(4),
                        all ? null : Outcome.valueOf(outcome), rs.getLong(7)));
            }
        });
    }

    /** {@code goals}: team → its (non-empty) goal outcome codes. Teams with the same set share one condition. */
    void goalExits(Map<UUID, List<String>> goals, LocalDate from, LocalDate to,
                   Consumer<OutcomeFigures.GoalExitGroup> sink) {
        Map<List<String>, List<UUID>> teamsBySet = new LinkedHashMap<>();
        goals.forEach((team, codes) -> teamsBySet.computeIfAbsent(codes.stream().sorted().toList(),
                k -> new ArrayList<>()).add(team));
        List<Object> args = new ArrayList<>(ids(goals.keySet()));
        args.add(from);
        args.add(to);
        List<String> conditions = new ArrayList<>();
        teamsBySet.forEach((codes, teams) -> {
            conditions.add("(p.team_id IN (" + marks(teams.size()) + ") AND o.outcome IN (" + marks(codes.size()) + "))");
            args.addAll(ids(teams));
            args.addAll(codes);
        });
        String sql = "SELECT p.team_id, p.gender, p.enrolment_date, p.exit_date, COUNT(*) AS persons "
                + "FROM participant p WHERE p.team_id IN (" + marks(goals.size()) + ")" + EXIT_RANGE
                + " AND EXISTS (SELECT 1 FROM participant_outcome o WHERE o.participant_id = p.id AND ("
                + String.join(" OR ", conditions) + ")) GROUP BY p.team_id, p.gender, p.enrolment_date, p.exit_date";
        JdbcReads.stream(connections, sql, args, rs -> {
            LocalDate enrolment = rs.getObject(3, LocalDate.class);
            LocalDate exit = rs.getObject(4, LocalDate.class);
            sink.accept(new OutcomeFigures.GoalExitGroup(UUID.fromString(rs.getString(1)),
                    Gender.valueOf(rs.getString(2)), exit, OutcomeFigures.months(enrolment, exit), rs.getLong(5)));
        });
    }

    void newcomers(List<UUID> teamIds, LocalDate from, LocalDate to, Consumer<OutcomeFigures.NewcomerGroup> sink) {
        String group = "p.team_id, p.gender, p.birth_year, YEAR(p.enrolment_date), p.years_in_support";
        String sql = "SELECT " + group + ", COUNT(*) AS persons FROM participant p WHERE p.team_id IN ("
                + marks(teamIds.size()) + ") AND p.enrolment_date >= ? AND p.enrolment_date <= ? GROUP BY " + group;
        List<Object> args = new ArrayList<>(ids(teamIds));
        args.add(from);
        args.add(to);
        JdbcReads.stream(connections, sql, args, rs -> {
            int years = rs.getInt(5);
            Integer yearsInSupport = rs.wasNull() ? null : years;
            sink.accept(new OutcomeFigures.NewcomerGroup(UUID.fromString(rs.getString(1)),
                    Gender.valueOf(rs.getString(2)), rs.getInt(4) - rs.getInt(3), yearsInSupport, rs.getLong(6)));
        });
    }
}
