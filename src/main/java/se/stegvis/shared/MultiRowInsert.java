package se.stegvis.shared;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Many rows in ONE multi-row INSERT ({@code INSERT INTO t (a, b) VALUES (?, ?), (?, ?)}): one statement
 * and one round trip, where Micronaut Data's saveAll sends one statement per row. Rows go in chunks of
 * {@link #CHUNK} to keep the statement's size bounded. Used from the features' batch repositories,
 * which name the table and columns and bind each row.
 */
public final class MultiRowInsert {
    public static final int CHUNK = 500;

    /** Binds one row's values from parameter {@code index} on; returns the index after the last one bound. */
    @FunctionalInterface
    public interface RowBinder<T> {
        int bind(PreparedStatement ps, int index, T row) throws SQLException;
    }

    private MultiRowInsert() {
    }

    public static <T> void insertAll(JdbcOperations jdbc, String table, List<String> columns, List<T> rows,
                                     RowBinder<T> binder) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            jdbc.prepareStatement(sql(table, columns, chunk.size()), ps -> {
                try {
                    int i = 1;
                    for (T row : chunk) {
                        i = binder.bind(ps, i, row);
                    }
                    return ps.executeUpdate();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    /** {@code INSERT INTO table (c1, c2) VALUES (?, ?), (?, ?)} for {@code rows} rows. */
    static String sql(String table, List<String> columns, int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, row));
    }
}
