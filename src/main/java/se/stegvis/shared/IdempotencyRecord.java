package se.stegvis.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/**
 * One idempotent request. {@code keyHash} = SHA-256(scope ":" key), {@code fingerprint} =
 * SHA-256(key "\n" canonical body): the client's key is never stored, so neither can be reversed or
 * tested against guessed bodies. {@code claimToken} and {@code lockedUntil} exist only while
 * IN_FLIGHT; {@code createdAt} and {@code expiresAt} are whole hours (no exact submission time).
 */
@MappedEntity("idempotency_record")
record IdempotencyRecord(@Id String keyHash, String fingerprint, IdempotencyState state,
                         @Nullable String claimToken, @Nullable LocalDateTime lockedUntil,
                         @Nullable Integer responseStatus, @Nullable String responseBody,
                         LocalDateTime createdAt, LocalDateTime expiresAt) {

    boolean isExpired(LocalDateTime now) {
        return !expiresAt.isAfter(now) && !isLeased(now);
    }

    boolean isLeased(LocalDateTime now) {
        return state == IdempotencyState.IN_FLIGHT && lockedUntil != null && lockedUntil.isAfter(now);
    }
}
