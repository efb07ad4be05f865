package se.stegvis.response;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
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
                + "WHERE p.team_id IN (" + String.join(",", Collections.nCopies(teamIds.size(), "?")) + ") "
                + "GROUP BY p.team_id, p.gender";
        List<UUID> teams = List.copyOf(teamIds);
        return connections.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(sql)) {
                ps.setString(1, instrumentCode);
                ps.setObject(2, from);
                ps.setObject(3, to);
                for (int i = 0; i < teams.size(); i++) {
                    ps.setString(4 + i, teams.get(i).toString());
                }
                Map<UUID, Map<String, Long>> counts = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.computeIfAbsent(UUID.fromString(rs.getString(1)), t -> new HashMap<>())
                                .put(rs.getString(2), rs.getLong(3));
                    }
                }
                return counts;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
