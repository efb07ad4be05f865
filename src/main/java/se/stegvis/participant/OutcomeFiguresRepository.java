package se.stegvis.participant;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import se.stegvis.shared.JdbcReads;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static se.stegvis.shared.JdbcReads.ids;
import static se.stegvis.shared.JdbcReads.marks;

/**
 * The grouped statements behind {@link OutcomeFigures}: one statement each, over all requested teams,
 * read forward-only and streamed (Connector/J holds the whole result in memory unless the fetch size
 * is {@link Integer#MIN_VALUE}). Portable between MariaDB/MySQL and H2 in MySQL mode: YEAR(), GROUP BY,
 * no date arithmetic in SQL (throughput days are counted in Java from the grouped dates).
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
     * All exits, and exits per outcome, in one statement: the period's exits grouped by their outcome set
     * ({@link ExitOutcomes}, kept on the participant row), each group given once for all exits and once per
     * outcome of its set. The exits are one range of ix_participant_exits, which holds every column read: no
     * participant row and no participant_outcome row is looked up.
     */
    void exits(List<UUID> teamIds, LocalDate from, LocalDate to, Consumer<OutcomeFigures.ExitGroup> sink) {
        String sql = "SELECT " + EXIT_GROUP + ", p.exit_outcomes, COUNT(*) AS persons FROM participant p "
                + "WHERE p.team_id IN (" + marks(teamIds.size()) + ")" + EXIT_RANGE
                + " GROUP BY " + EXIT_GROUP + ", p.exit_outcomes";
        List<Object> args = new ArrayList<>(ids(teamIds));
        args.add(from);
        args.add(to);
        JdbcReads.stream(connections, sql, args, rs -> {
            UUID team = UUID.fromString(rs.getString(1));
            Gender gender = Gender.valueOf(rs.getString(2));
            int age = rs.getInt(4) - rs.getInt(3);
            long persons = rs.getLong(6);
            sink.accept(new OutcomeFigures.ExitGroup(team, gender, age, null, persons));
            for (Outcome o : ExitOutcomes.decode(rs.getObject(5, Integer.class))) {
                sink.accept(new OutcomeFigures.ExitGroup(team, gender, age, o, persons));
            }
        });
    }

    /**
     * {@code goals}: team → its (non-empty) goal outcome codes. The period's exits with outcomes, grouped by
     * ix_participant_exits' own columns in its order (so the database groups them as it reads the index, without a
     * temporary table: at 400,000 participants 56 instead of 490 ms, docs/reports.md); a group is a goal exit when
     * its outcome set holds one of its team's goals. Nothing is looked up.
     */
    void goalExits(Map<UUID, List<String>> goals, LocalDate from, LocalDate to,
                   Consumer<OutcomeFigures.GoalExitGroup> sink) {
        Map<UUID, Set<String>> goalCodes = new HashMap<>();
        goals.forEach((team, codes) -> goalCodes.put(team, Set.copyOf(codes)));
        List<Object> args = new ArrayList<>(ids(goals.keySet()));
        args.add(from);
        args.add(to);
        String sql = "SELECT p.team_id, p.gender, p.enrolment_date, p.exit_date, p.exit_outcomes, COUNT(*) AS persons "
                + "FROM participant p WHERE p.team_id IN (" + marks(goals.size()) + ")" + EXIT_RANGE
                + " AND p.exit_outcomes IS NOT NULL GROUP BY p.team_id, p.exit_date, p.enrolment_date, p.gender, "
                + "p.birth_year, p.income_before, p.income_after, p.exit_outcomes";
        JdbcReads.stream(connections, sql, args, rs -> {
            UUID team = UUID.fromString(rs.getString(1));
            Set<Outcome> outcomes = ExitOutcomes.decode(rs.getObject(5, Integer.class));
            if (ExitOutcomes.holdsAnyOf(outcomes, goalCodes.get(team))) {
                LocalDate enrolment = rs.getObject(3, LocalDate.class);
                LocalDate exit = rs.getObject(4, LocalDate.class);
                sink.accept(new OutcomeFigures.GoalExitGroup(team, Gender.valueOf(rs.getString(2)), exit,
                        OutcomeFigures.months(enrolment, exit), rs.getLong(6)));
            }
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
