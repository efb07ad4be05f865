package se.stegvis.fit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Stores many new alerts in ONE multi-row INSERT (one statement, one round trip): the first alert
 * list after a quiet week may raise a "missing ratings" alert for every participant of a caseload.
 * Micronaut Data's saveAll sends a JDBC batch, which the driver sends as one statement per row.
 * Rows go in chunks of {@link #CHUNK} to keep the statement's size bounded.
 */
@Singleton
class AlertBatchRepository {
    static final int CHUNK = 500;
    private static final String INSERT = "INSERT INTO fit_alert (id, participant_id, team_id, session_id, kind, "
            + "detail, raised_at, acknowledged_at, acknowledged_by, note) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcOperations jdbc;

    AlertBatchRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void insertAll(List<FitAlert> alerts) {
        for (int from = 0; from < alerts.size(); from += CHUNK) {
            List<FitAlert> chunk = alerts.subList(from, Math.min(alerts.size(), from + CHUNK));
            String sql = INSERT + String.join(", ", Collections.nCopies(chunk.size(), ROW));
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

    private static void bind(PreparedStatement ps, List<FitAlert> chunk) throws SQLException {
        int i = 1;
        for (FitAlert a : chunk) {
            ps.setString(i++, a.id().toString());
            ps.setString(i++, a.participantId().toString());
            ps.setString(i++, a.teamId().toString());
            ps.setString(i++, a.sessionId().toString());
            ps.setString(i++, a.kind().name());
            ps.setString(i++, a.detail());
            ps.setObject(i++, a.raisedAt());
            ps.setObject(i++, a.acknowledgedAt());
            ps.setString(i++, text(a.acknowledgedBy()));
            ps.setString(i++, a.note());
        }
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
