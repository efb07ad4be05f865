package se.stegvis.fit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SessionRepository extends CrudRepository<FitSession, UUID> {
    java.util.Optional<FitSession> findByCodeAndHeldOn(String code, LocalDate heldOn);

    boolean existsByCodeAndHeldOn(String code, LocalDate heldOn);

    List<FitSession> findByIdIn(java.util.Collection<UUID> ids);

    List<FitSession> findByTeamIdAndHeldOnBetweenOrderByHeldOnDesc(UUID teamId, LocalDate from, LocalDate to);
}
