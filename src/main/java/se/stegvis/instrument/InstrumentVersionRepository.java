package se.stegvis.instrument;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Versions are inserted and read, never updated. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface InstrumentVersionRepository extends CrudRepository<InstrumentVersion, UUID> {
    @Query("SELECT * FROM instrument_version WHERE instrument_id = :instrumentId ORDER BY version DESC LIMIT 1")
    Optional<InstrumentVersion> findLatest(UUID instrumentId);

    Optional<InstrumentVersion> findByInstrumentIdAndVersion(UUID instrumentId, int version);

    List<InstrumentVersion> findByInstrumentIdInOrderByVersionDesc(Collection<UUID> instrumentIds);
}
