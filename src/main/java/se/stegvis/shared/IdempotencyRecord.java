package se.stegvis.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/**
 * One idempotent request. {@code keyHash} = SHA-256(scope ":" key), {@code fingerprint} =
 * SHA-256(key "\n" canonical body): the client's key is never stored, so neither can be reversed or
 * tested against guessed bodies. The response is empty only inside the transaction that claimed the
 * key: once committed a record always holds it. {@code createdAt} and {@code expiresAt} are whole
 * hours (no exact submission time).
 */
@MappedEntity("idempotency_record")
record IdempotencyRecord(@Id String keyHash, String fingerprint, @Nullable Integer responseStatus,
                         @Nullable String responseBody, LocalDateTime createdAt, LocalDateTime expiresAt) {
}
