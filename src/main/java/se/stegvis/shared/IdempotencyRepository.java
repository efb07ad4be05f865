package se.stegvis.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;

@JdbcRepository(dialect = Dialect.MYSQL)
interface IdempotencyRepository extends CrudRepository<IdempotencyRecord, String> {

    /** Stores the response, only while this claim still owns the record. */
    @Query("UPDATE idempotency_record SET state = 'DONE', claim_token = NULL, locked_until = NULL,"
            + " response_status = :status, response_body = :body"
            + " WHERE key_hash = :keyHash AND state = 'IN_FLIGHT' AND claim_token = :claimToken")
    int complete(String keyHash, String claimToken, int status, @Nullable String body);

    /** Takes over an abandoned claim (lease over) for the same request; 0 when someone else was quicker. */
    @Query("UPDATE idempotency_record SET claim_token = :claimToken, locked_until = :lockedUntil"
            + " WHERE key_hash = :keyHash AND fingerprint = :fingerprint AND state = 'IN_FLIGHT'"
            + " AND locked_until <= :now")
    int takeOver(String keyHash, String fingerprint, String claimToken, LocalDateTime lockedUntil, LocalDateTime now);

    @Query("DELETE FROM idempotency_record WHERE key_hash = :keyHash AND claim_token = :claimToken")
    int release(String keyHash, String claimToken);

    /** Expired records; a claim whose lease is still running is left to finish. */
    @Query("DELETE FROM idempotency_record WHERE expires_at <= :now"
            + " AND (locked_until IS NULL OR locked_until <= :now)")
    int deleteExpired(LocalDateTime now);

    @Query("DELETE FROM idempotency_record WHERE key_hash = :keyHash AND expires_at <= :now"
            + " AND (locked_until IS NULL OR locked_until <= :now)")
    int deleteIfExpired(String keyHash, LocalDateTime now);
}
