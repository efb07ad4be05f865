package se.stegvis.shared;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The transaction boundaries of {@link IdempotencyService}, in their own bean so the proxies apply.
 * Claims, take-overs and releases are single statements that must commit at once, so a concurrent
 * duplicate sees them: each runs in autocommit mode — one round trip, where a transaction costs four
 * ({@code SET autocommit=0}, the statement, {@code COMMIT}, {@code SET autocommit=1}) for the same
 * guarantee. Outside a transaction they run on the caller's connection if it holds one ({@link
 * #onCallersConnection}: a submission runs its participant read, claim and transaction on one
 * connection, one pool checkout instead of three); inside a transaction on a connection of their own
 * ({@link #onOwnConnection}), so they still commit at once. The action and its DONE mark commit
 * together ({@link #runAndComplete}).
 */
@Singleton
class IdempotencyStore {
    private final IdempotencyRepository records;

    IdempotencyStore(IdempotencyRepository records) {
        this.records = records;
    }

    /** Runs {@code statement} on a connection of its own, in autocommit mode: for callers inside a transaction. */
    @Connectable(propagation = ConnectionDefinition.Propagation.REQUIRES_NEW)
    <T> T onOwnConnection(Supplier<T> statement) {
        return statement.get();
    }

    /**
     * Runs {@code statement} on the caller's connection, or a new one if it holds none. Only for
     * callers outside a transaction: the connection is then in autocommit mode.
     */
    @Connectable
    <T> T onCallersConnection(Supplier<T> statement) {
        return statement.get();
    }

    /** Inserts a new claim; the primary key makes a concurrent second claim fail. */
    boolean insert(IdempotencyRecord claim) {
        records.save(claim);
        return true;
    }

    Optional<IdempotencyRecord> find(String keyHash) {
        return records.findById(keyHash);
    }

    boolean takeOver(String keyHash, String fingerprint, String claimToken, LocalDateTime lockedUntil,
                     LocalDateTime now) {
        return records.takeOver(keyHash, fingerprint, claimToken, lockedUntil, now) == 1;
    }

    boolean deleteIfExpired(String keyHash, LocalDateTime now) {
        return records.deleteIfExpired(keyHash, now) == 1;
    }

    boolean release(String keyHash, String claimToken) {
        return records.release(keyHash, claimToken) == 1;
    }

    /**
     * Runs the action and stores its response in one transaction: both commit or neither. A claim
     * lost meanwhile (this request outlived its lease and another took over) rolls the action back.
     */
    @Transactional
    IdempotencyService.StoredResponse runAndComplete(String keyHash, String claimToken,
                                                     Supplier<IdempotencyService.StoredResponse> action) {
        IdempotencyService.StoredResponse response = action.get();
        if (response == null) {
            throw new IllegalStateException("an idempotent action must return a response to store");
        }
        if (records.complete(keyHash, claimToken, response.status(), response.body()) != 1) {
            throw new IdempotencyInFlight();
        }
        return response;
    }

    @Transactional
    int deleteExpired(LocalDateTime now) {
        return records.deleteExpired(now);
    }
}
