package se.stegvis.screening;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SupportMaterialRepository extends CrudRepository<SupportMaterial, UUID> {
    List<SupportMaterial> findByTeamId(UUID teamId);

    Optional<SupportMaterial> findByTeamIdAndMunicipalityAndLanguage(UUID teamId, String municipality, String language);
}
