package se.stegvis.instrument;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface InstrumentRepository extends CrudRepository<Instrument, UUID> {
    Optional<Instrument> findByAssociationIdAndCode(UUID associationId, String code);

    @Query("SELECT * FROM instrument WHERE association_id IS NULL AND code = :code")
    List<Instrument> findBuiltIn(String code);

    @Query("SELECT * FROM instrument WHERE association_id IS NULL ORDER BY code")
    List<Instrument> findAllBuiltIn();

    List<Instrument> findByAssociationIdOrderByCode(UUID associationId);
}
