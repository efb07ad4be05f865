package se.stegvis.shared;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.SQLException;
import java.util.List;

/**
 * A hand-written write statement (INSERT, UPDATE, DELETE) in the caller's transaction, its arguments bound as
 * {@link JdbcReads} binds them, so what one writes the other finds.
 */
public final class JdbcWrites {
    private JdbcWrites() {
    }

    /** Runs the statement; the number of rows it changed. */
    public static int update(JdbcOperations jdbc, String sql, List<?> args) {
        return jdbc.prepareStatement(sql, ps -> {
            try {
                JdbcReads.bind(ps, args);
                return ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
