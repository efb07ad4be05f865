package se.stegvis.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;

@JdbcRepository(dialect = Dialect.MYSQL)
interface IdempotencyRepository extends CrudRepository<IdempotencyRecord, String> {

    /** Stores the response in the claim's own transaction, which holds the row since its insert. */
    @Query("UPDATE idempotency_record SET response_status = :status, response_body = :body WHERE key_hash = :keyHash")
    int complete(String keyHash, int status, @Nullable String body);

    @Query("DELETE FROM idempotency_record WHERE expires_at <= :now")
    int deleteExpired(LocalDateTime now);
}
