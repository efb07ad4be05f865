package se.stegvis.fit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AlertRepository extends CrudRepository<FitAlert, UUID> {
    List<FitAlert> findByParticipantId(UUID participantId);

    List<FitAlert> findBySessionIdInAndKind(Collection<UUID> sessionIds, AlertKind kind);

    List<FitAlert> findByParticipantIdInAndAcknowledgedAtIsNull(Collection<UUID> participantIds);
}
