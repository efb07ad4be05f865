package se.stegvis.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends many audit rows in ONE multi-row INSERT (one statement, one round trip): a list read that
 * shows sixty participants writes sixty rows without sixty statements. Micronaut Data's saveAll
 * inserts one row per statement when the id is generated. Rows are written in chunks of
 * {@link #CHUNK} to keep the statement's size bounded.
 */
@Singleton
class AuditBatchRepository {
    static final int CHUNK = 500;
    private static final String INSERT = "INSERT INTO audit_event (at, actor_kind, actor_id, action, team_id, "
            + "participant_id, detail) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?)";

    private final JdbcOperations jdbc;

    AuditBatchRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void insertAll(List<AuditEvent> events) {
        for (int from = 0; from < events.size(); from += CHUNK) {
            List<AuditEvent> chunk = events.subList(from, Math.min(events.size(), from + CHUNK));
            String sql = INSERT + String.join(", ", new ArrayList<>(java.util.Collections.nCopies(chunk.size(), ROW)));
            jdbc.prepareStatement(sql, ps -> {
                try {
                    bind(ps, chunk);
                    return ps.executeUpdate();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private static void bind(PreparedStatement ps, List<AuditEvent> chunk) throws SQLException {
        int i = 1;
        for (AuditEvent e : chunk) {
            ps.setObject(i++, e.at());
            ps.setString(i++, e.actorKind().name());
            ps.setString(i++, e.actorId().toString());
            ps.setString(i++, e.action());
            ps.setString(i++, e.teamId() == null ? null : e.teamId().toString());
            ps.setString(i++, e.participantId() == null ? null : e.participantId().toString());
            ps.setString(i++, e.detail());
        }
    }
}
