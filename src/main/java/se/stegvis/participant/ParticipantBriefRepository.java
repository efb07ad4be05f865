package se.stegvis.participant;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

/**
 * Reads only the columns of a participant row that a summary needs (a participant's own requests read
 * it on every submission). Read only: participants are written through {@link ParticipantRepository}.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ParticipantBriefRepository extends GenericRepository<ParticipantBrief, UUID> {
    Optional<ParticipantBrief> findById(UUID id);
}
