package se.stegvis.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** Append-only on purpose: there is no update and no delete here. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditRepository extends GenericRepository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> saveAll(Iterable<AuditEvent> events);

    List<AuditEvent> findByTeamIdAndIdLessThanOrderByIdDesc(UUID teamId, Long before, Pageable pageable);

    List<AuditEvent> findByParticipantIdOrderByIdDesc(UUID participantId);
}
