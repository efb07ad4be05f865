package se.stegvis.response;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.UUID;

/** Insert only for now; the indicator reports (a later issue) read it in aggregate. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AnonymousResponseRepository extends CrudRepository<AnonymousResponse, UUID> {
}
