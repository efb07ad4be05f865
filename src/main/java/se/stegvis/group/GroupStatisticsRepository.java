package se.stegvis.group;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import se.stegvis.shared.JdbcReads;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The grouped statement behind {@link GroupStatisticsService}: for all requested teams at once, one row
 * per team and kind of count, never one per session or person. Sessions held are those dated from
 * {@code from} to {@code to}; kinds:
 * <ul>
 *   <li>{@code S}: activities with a session held ({@code n1}) and sessions held ({@code n2});</li>
 *   <li>{@code A}: attendances at the sessions held ({@code n1});</li>
 *   <li>{@code P}: distinct attending participants of one gender ({@code gender}, {@code n1});</li>
 *   <li>{@code B}: booked seats of the sessions held: per session its activity's bookings with status
 *       BOOKED now, added up over the sessions ({@code n1}).</li>
 * </ul>
 * Plain SQL (UNION ALL, COUNT DISTINCT) that MariaDB, MySQL 8 and H2 in MySQL mode run.
 */
@Singleton
class GroupStatisticsRepository {
    /** The team's sessions held in the range: {@code a} the activity, {@code s} the session. */
    private static final String HELD = " FROM group_session s JOIN group_activity a ON a.id = s.activity_id"
            + " WHERE a.team_id IN (%s) AND s.session_date BETWEEN ? AND ?";

    private final ConnectionOperations<Connection> connections;

    GroupStatisticsRepository(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    /** One row of the statement. */
    record Count(UUID teamId, String kind, String gender, long n1, long n2) {
    }

    List<Count> counts(Collection<UUID> teamIds, LocalDate from, LocalDate to) {
        List<String> teams = JdbcReads.ids(teamIds);
        String held = String.format(HELD, JdbcReads.marks(teams.size()));
        String sql = "SELECT a.team_id, 'S' AS kind, NULL AS gender, COUNT(DISTINCT s.activity_id) AS n1, COUNT(*) AS n2"
                + held + " GROUP BY a.team_id"
                + " UNION ALL SELECT a.team_id, 'A', NULL, COUNT(*), 0"
                + " FROM group_attendance t JOIN group_session s ON s.id = t.session_id"
                + " JOIN group_activity a ON a.id = s.activity_id"
                + held.substring(held.indexOf(" WHERE")) + " GROUP BY a.team_id"
                + " UNION ALL SELECT a.team_id, 'P', p.gender, COUNT(DISTINCT t.participant_id), 0"
                + " FROM group_attendance t JOIN group_session s ON s.id = t.session_id"
                + " JOIN group_activity a ON a.id = s.activity_id JOIN participant p ON p.id = t.participant_id"
                + held.substring(held.indexOf(" WHERE")) + " GROUP BY a.team_id, p.gender"
                + " UNION ALL SELECT a.team_id, 'B', NULL, COUNT(*), 0"
                + " FROM group_booking b JOIN group_session s ON s.activity_id = b.activity_id"
                + " JOIN group_activity a ON a.id = s.activity_id"
                + held.substring(held.indexOf(" WHERE")) + " AND b.status = 'BOOKED' GROUP BY a.team_id";
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            args.addAll(teams);
            args.add(from);
            args.add(to);
        }
        List<Count> rows = new ArrayList<>();
        JdbcReads.stream(connections, sql, args, rs -> rows.add(new Count(UUID.fromString(rs.getString(1)),
                rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5))));
        return rows;
    }
}
