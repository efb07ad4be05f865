package se.stegvis.shared;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Hand-written read statements, bound and read one way. {@link #stream}: a read whose rows are handed on
 * one at a time instead of collected, for the report figures, whose memory must not grow with the rows
 * read. {@link #list}: a read with a small result (grouped figures, one participant's history). Connector/J holds a whole result in memory
 * unless the fetch size is {@link Integer#MIN_VALUE} (its streaming mode); H2, the demo's database,
 * rejects that value and streams by itself. Arguments bind as Micronaut Data binds them (a
 * {@link LocalDateTime} as a timestamp), so values it wrote compare equal.
 */
public final class JdbcReads {
    private JdbcReads() {
    }

    /** Reads one row; the result set is positioned on it. */
    @FunctionalInterface
    public interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Maps one row; the result set is positioned on it. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public static void stream(ConnectionOperations<Connection> connections, String sql, List<?> args,
                              RowReader reader) {
        connections.executeRead(status -> {
            Connection c = status.getConnection();
            try (PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                if (!"H2".equals(c.getMetaData().getDatabaseProductName())) {
                    ps.setFetchSize(Integer.MIN_VALUE);
                }
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reader.read(rs);
                    }
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Every row, mapped, in a list (for results that stay small whatever the data). */
    public static <T> List<T> list(JdbcOperations jdbc, String sql, List<?> args, RowMapper<T> mapper) {
        return jdbc.prepareStatement(sql, ps -> {
            try {
                bind(ps, args);
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(mapper.map(rs));
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Binds as Micronaut Data does (a {@link LocalDateTime} as a timestamp); {@link JdbcWrites} binds alike. */
    static void bind(PreparedStatement ps, List<?> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) instanceof LocalDateTime t) {
                ps.setTimestamp(i + 1, Timestamp.valueOf(t));
            } else {
                ps.setObject(i + 1, args.get(i));
            }
        }
    }

    /** The ids as strings, for binding to CHAR(36) columns. */
    public static List<String> ids(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }

    /** {@code n} comma-separated placeholders, for an IN list. */
    public static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
