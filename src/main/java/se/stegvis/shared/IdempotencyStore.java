package se.stegvis.shared;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The transaction boundaries of {@link IdempotencyService}, in their own bean so the transactional
 * proxy applies. Claims, take-overs and releases commit on their own at once (REQUIRES_NEW), so a
 * concurrent duplicate sees them; the action and its DONE mark commit together.
 */
@Singleton
class IdempotencyStore {
    private final IdempotencyRepository records;

    IdempotencyStore(IdempotencyRepository records) {
        this.records = records;
    }

    /** Inserts a new claim; the primary key makes a concurrent second claim fail. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void insert(IdempotencyRecord claim) {
        records.save(claim);
    }

    Optional<IdempotencyRecord> find(String keyHash) {
        return records.findById(keyHash);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean takeOver(String keyHash, String fingerprint, String claimToken, LocalDateTime lockedUntil,
                     LocalDateTime now) {
        return records.takeOver(keyHash, fingerprint, claimToken, lockedUntil, now) == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean deleteIfExpired(String keyHash, LocalDateTime now) {
        return records.deleteIfExpired(keyHash, now) == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
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
