package se.stegvis.screening;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ScreeningRecordRepository extends CrudRepository<ScreeningRecord, UUID> {
    List<ScreeningRecord> findByParticipantIdOrderBySubmittedAtDesc(UUID participantId);

    List<ScreeningRecord> findByTeamIdInAndReadAtIsNull(Collection<UUID> teamIds);

    List<ScreeningRecord> findByKeyIdNotEqual(String keyId);
}
