package se.stegvis.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * The one way audit rows leave the database: when their retention has ended (ADR 0011). An association's rows
 * are those of its teams and, without a team, those of its staff ({@code of}: the association). At most {@code limit} rows per call, so one
 * call never holds locks on a whole trail; {@link AuditRetention} repeats it.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditRetentionRepository extends GenericRepository<AuditEvent, Long> {

    @Query("DELETE FROM audit_event WHERE at < :cutoff AND (team_id IN (SELECT id FROM team WHERE association_id = :of)"
            + " OR (team_id IS NULL AND actor_id IN (SELECT id FROM staff WHERE association_id = :of))) LIMIT :limit")
    int deleteExpiredBefore(UUID of, LocalDateTime cutoff, int limit);
}
