package se.stegvis.support;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain JDBC reads (and the odd seeding write) for tests that check what really is in the database (raw rows, counts),
 * beside the feature's own repositories: one place for binding parameters and reading results.
 */
@Singleton
public class SqlReads {
    /** Reads a whole result set into a value. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final ConnectionOperations<Connection> connections;

    SqlReads(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    public <T> T query(String sql, Reader<T> reader, Object... params) {
        return connections.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return reader.read(rs);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Every row as column label (lower case) → value, in column order. */
    public List<Map<String, Object>> rows(String sql, Object... params) {
        return query(sql, SqlReads::rowsOf, params);
    }

    /** Every row of a result set as column label (lower case) → value, in column order (for a caller's own connection). */
    public static List<Map<String, Object>> rowsOf(ResultSet rs) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        while (rs.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getObject(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The first column of the first row, e.g. of {@code SELECT COUNT(*) ...}. */
    public long count(String sql, Object... params) {
        return query(sql, rs -> {
            rs.next();
            return rs.getLong(1);
        }, params);
    }

    /**
     * One write statement, for seeding what no service writes directly and for planting failures (triggers)
     * in tests that must show the application copes; the number of rows changed.
     */
    public int execute(String sql, Object... params) {
        return connections.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                return ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
