package se.stegvis.response;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import se.stegvis.shared.JdbcReads;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Counts of open due items for the reports, grouped by the participant's team and gender in SQL: the
 * statement starts from the requested teams' participants (the participant report index leads with the
 * team) and looks their items up by the due_item key (participant, instrument, date), so it reads only
 * the association's rows and returns one row per team and gender.
 */
@Singleton
class DueFiguresRepository {
    private final ConnectionOperations<Connection> connections;

    DueFiguresRepository(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    /** Team → gender (as stored on the participant) → open items of {@code instrumentCode} due from {@code from} to {@code to}. */
    Map<UUID, Map<String, Long>> openByTeamAndGender(String instrumentCode, Collection<UUID> teamIds, LocalDate from,
                                                     LocalDate to) {
        String sql = "SELECT p.team_id, p.gender, COUNT(*) AS items FROM participant p "
                + "JOIN due_item d ON d.participant_id = p.id AND d.instrument_code = ? "
                + "AND d.due_date >= ? AND d.due_date <= ? AND d.answered = FALSE "
                + "WHERE p.team_id IN (" + JdbcReads.marks(teamIds.size()) + ") "
                + "GROUP BY p.team_id, p.gender";
        List<Object> args = new ArrayList<>(List.of(instrumentCode, from, to));
        args.addAll(JdbcReads.ids(teamIds));
        Map<UUID, Map<String, Long>> counts = new HashMap<>();
        JdbcReads.stream(connections, sql, args, rs -> counts.computeIfAbsent(UUID.fromString(rs.getString(1)),
                t -> new HashMap<>()).put(rs.getString(2), rs.getLong(3)));
        return counts;
    }
}
