package se.stegvis.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/**
 * Reads only: rows are appended by {@link AuditBatchRepository} (one or many per INSERT), and there is no update and
 * no delete here on purpose.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditRepository extends GenericRepository<AuditEvent, Long> {

    List<AuditEvent> findByTeamIdAndIdLessThanOrderByIdDesc(UUID teamId, Long before, Pageable pageable);

    List<AuditEvent> findByParticipantIdOrderByIdDesc(UUID participantId);
}
