package se.stegvis.group;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CalendarTokenRepository extends CrudRepository<CalendarToken, UUID> {
    Optional<CalendarToken> findByTokenHash(String tokenHash);
}
