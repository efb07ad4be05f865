package se.stegvis.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A hand-written write statement (INSERT, UPDATE, DELETE) in the caller's transaction, its arguments bound as
 * {@link JdbcReads} binds them, so what one writes the other finds.
 */
public final class JdbcWrites {
    private JdbcWrites() {
    }

    /**
     * Binds a time as Micronaut Data binds a {@link LocalDateTime} (and reads it back): as a timestamp. Bound as the
     * bare value instead, the stored wall time would differ by the JVM's offset from the connection's zone whenever
     * the JVM does not run in UTC (audit.AuditTimeZoneTest).
     */
    public static void setTime(PreparedStatement ps, int index, @Nullable LocalDateTime time) throws SQLException {
        ps.setTimestamp(index, time == null ? null : Timestamp.valueOf(time));
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
