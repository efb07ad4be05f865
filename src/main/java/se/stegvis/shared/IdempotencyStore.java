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
 * Claims, take-overs and releases are single statements that commit on their own at once, so a
 * concurrent duplicate sees them: each runs in autocommit mode — one round trip, where a transaction
 * costs four ({@code SET autocommit=0}, the statement, {@code COMMIT}, {@code SET autocommit=1}) for
 * the same guarantee. A claim outside any transaction runs on the caller's connection if it holds one
 * (a submission runs its participant read, claim and transaction on one connection: fewer pool
 * checkouts); inside a transaction on a connection of its own ({@code @Connectable(REQUIRES_NEW)}),
 * so it still commits at once. The action and its DONE mark commit together.
 */
@Singleton
class IdempotencyStore {
    private final IdempotencyRepository records;

    IdempotencyStore(IdempotencyRepository records) {
        this.records = records;
    }

    /**
     * Inserts a new claim on a connection of its own; the primary key makes a concurrent second claim
     * fail. For callers inside a transaction.
     */
    @Connectable(propagation = ConnectionDefinition.Propagation.REQUIRES_NEW)
    void insert(IdempotencyRecord claim) {
        records.save(claim);
    }

    /**
     * As {@link #insert}, on the caller's connection when it holds one. Only outside a transaction:
     * the connection is then in autocommit mode and the claim commits at once.
     */
    @Connectable
    void insertOutsideTransaction(IdempotencyRecord claim) {
        records.save(claim);
    }

    Optional<IdempotencyRecord> find(String keyHash) {
        return records.findById(keyHash);
    }

    @Connectable(propagation = ConnectionDefinition.Propagation.REQUIRES_NEW)
    boolean takeOver(String keyHash, String fingerprint, String claimToken, LocalDateTime lockedUntil,
                     LocalDateTime now) {
        return records.takeOver(keyHash, fingerprint, claimToken, lockedUntil, now) == 1;
    }

    @Connectable(propagation = ConnectionDefinition.Propagation.REQUIRES_NEW)
    boolean deleteIfExpired(String keyHash, LocalDateTime now) {
        return records.deleteIfExpired(keyHash, now) == 1;
    }

    @Connectable(propagation = ConnectionDefinition.Propagation.REQUIRES_NEW)
    void release(String keyHash, String claimToken) {
        records.release(keyHash, claimToken);
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
