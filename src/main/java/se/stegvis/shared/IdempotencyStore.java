package se.stegvis.shared;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The transaction of an idempotent request, in its own bean so the proxies apply: the claim, the
 * action and the stored response commit together, or nothing does. The claim is the transaction's
 * first write and does not wait ({@link IdempotencyClaims}): a concurrent duplicate meets the
 * uncommitted row and answers 409 at once; a later one finds the committed record and replays it.
 * Nobody else ever sees a record without its response, and a claim cannot outlive its transaction —
 * if the instance dies, the database rolls the claim back with the rest.
 */
@Singleton
class IdempotencyStore {
    private static final int CLAIM_ATTEMPTS = 3;

    private final IdempotencyRepository records;
    private final IdempotencyClaims claims;

    IdempotencyStore(IdempotencyRepository records, IdempotencyClaims claims) {
        this.records = records;
        this.claims = claims;
    }

    /**
     * Claims the key, runs the action and stores its response — or answers from the committed record
     * for the key. Joins the caller's transaction if there is one.
     */
    @Transactional
    IdempotencyService.StoredResponse once(IdempotencyRecord claim, LocalDateTime now,
                                           Supplier<IdempotencyService.StoredResponse> action) {
        Optional<IdempotencyService.StoredResponse> earlier = claimOrReplay(claim, now);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        IdempotencyService.StoredResponse response = action.get();
        if (response == null) {
            throw new IllegalStateException("an idempotent action must return a response to store");
        }
        if (records.complete(claim.keyHash(), response.status(), response.body()) != 1) {
            throw new IllegalStateException("the idempotency claim vanished inside its own transaction");
        }
        return response;
    }

    /**
     * Claims the key together with a response known before the action, then runs the action — or answers from the
     * committed record for the key. No write after the action: the claim already holds what a retry replays, and
     * it commits with the action's writes or not at all. Joins the caller's transaction if there is one.
     */
    @Transactional
    IdempotencyService.StoredResponse onceKnown(IdempotencyRecord claimWithResponse, LocalDateTime now,
                                                Runnable action) {
        Optional<IdempotencyService.StoredResponse> earlier = claimOrReplay(claimWithResponse, now);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        action.run();
        return new IdempotencyService.StoredResponse(claimWithResponse.responseStatus(),
                claimWithResponse.responseBody());
    }

    /**
     * Empty: the key is ours, go ahead. Loops only when the record found has expired (deleted here,
     * then claimed again) or, on H2, vanished between the failed insert and the read.
     */
    private Optional<IdempotencyService.StoredResponse> claimOrReplay(IdempotencyRecord claim, LocalDateTime now) {
        for (int attempt = 1; attempt <= CLAIM_ATTEMPTS; attempt++) {
            IdempotencyClaims.Write inserted = claims.insert(claim);
            if (inserted == IdempotencyClaims.Write.DONE) {
                return Optional.empty();
            }
            if (inserted == IdempotencyClaims.Write.BUSY) {
                throw new IdempotencyInFlight();
            }
            Optional<IdempotencyClaims.Earlier> existing = claims.find(claim.keyHash(), now);
            if (existing.isEmpty()) {
                continue;
            }
            IdempotencyClaims.Earlier r = existing.get();
            if (r.expired()) {
                if (claims.deleteIfExpired(claim.keyHash(), now) == IdempotencyClaims.Write.BUSY) {
                    throw new IdempotencyInFlight();
                }
                continue;
            }
            if (!r.fingerprint().equals(claim.fingerprint())) {
                throw new IdempotencyKeyReused();
            }
            if (r.status() == null) {
                // Only our own transaction can see a record without its response: the same key used
                // twice in one caller's transaction, the first still running.
                throw new IdempotencyInFlight();
            }
            return Optional.of(new IdempotencyService.StoredResponse(r.status(), r.body()));
        }
        throw new IdempotencyInFlight();
    }

    /**
     * READ COMMITTED: the range delete then locks only the expired rows it deletes, no gaps between
     * index entries, so it never makes a new claim (which does not wait) answer 409.
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    int deleteExpired(LocalDateTime now) {
        return records.deleteExpired(now);
    }
}
