package se.stegvis.fit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RatingRepository extends CrudRepository<Rating, UUID> {
    List<Rating> findBySessionId(UUID sessionId);

    boolean existsBySessionIdAndParticipantIdAndInstrumentCode(UUID sessionId, UUID participantId, String instrumentCode);
}
