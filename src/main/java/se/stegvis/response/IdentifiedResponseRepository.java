package se.stegvis.response;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface IdentifiedResponseRepository extends CrudRepository<IdentifiedResponse, UUID> {
    List<IdentifiedResponse> findByParticipantIdOrderBySubmittedAtDesc(UUID participantId);

    List<IdentifiedResponse> findByTeamIdAndInstrumentCodeAndSubmittedAtGreaterThanEqualsAndSubmittedAtLessThan(
            UUID teamId, String instrumentCode, LocalDateTime from, LocalDateTime to);
}
