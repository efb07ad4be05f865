package se.stegvis.security;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ThrottleRepository extends CrudRepository<ThrottleEntry, String> {

    /** Counters whose window began before {@code before} and that lock nobody any more (housekeeping). */
    @Query("DELETE FROM throttle WHERE window_start < :before AND (locked_until IS NULL OR locked_until < :before)")
    int deleteStaleBefore(LocalDateTime before);
}
