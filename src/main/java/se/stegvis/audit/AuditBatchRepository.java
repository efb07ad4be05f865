package se.stegvis.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.stegvis.shared.JdbcWrites;
import se.stegvis.shared.MultiRowInsert;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Appends many audit rows in ONE multi-row INSERT (see {@link MultiRowInsert}): a list read that
 * shows sixty participants writes sixty rows without sixty statements. Micronaut Data's saveAll
 * inserts one row per statement when the id is generated.
 */
@Singleton
class AuditBatchRepository {
    private static final List<String> COLUMNS = List.of("at", "actor_kind", "actor_id", "action", "team_id",
            "participant_id", "detail");

    private final JdbcOperations jdbc;

    AuditBatchRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void insertAll(List<AuditEvent> events) {
        MultiRowInsert.insertAll(jdbc, "audit_event", COLUMNS, events, AuditBatchRepository::bind);
    }

    private static int bind(PreparedStatement ps, int index, AuditEvent e) throws SQLException {
        int i = index;
        JdbcWrites.setTime(ps, i++, e.at());
        ps.setString(i++, e.actorKind().name());
        ps.setString(i++, e.actorId().toString());
        ps.setString(i++, e.action());
        ps.setString(i++, e.teamId() == null ? null : e.teamId().toString());
        ps.setString(i++, e.participantId() == null ? null : e.participantId().toString());
        ps.setString(i++, e.detail());
        return i;
    }
}
