package se.stegvis.shared;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * Runs a request at most once per {@code Idempotency-Key}: a retry with the same key and body gets
 * the first response, a different body {@link IdempotencyKeyReused}, a retry while the first is
 * still running {@link IdempotencyInFlight} (at once, without waiting for it). The claim, the action's
 * writes and the stored response commit in one transaction. What is stored cannot link a person to what they sent (docs/adr/0004): only
 * hashes salted with the client's never-stored key, whole-hour times, and the response body the
 * caller chose — for anonymous submissions a body without ids or answers.
 *
 * <pre>{@code
 * @Post("/api/me/answers")
 * @Secured(Role.PARTICIPANT_ROLE)
 * HttpResponse<String> submit(@Header(IdempotencyService.HEADER) @Nullable String key,
 *                             @Body @Valid SubmitAnswerRequest request, Authentication auth) {
 *     Actor actor = Actor.of(auth);
 *     StoredResponse r = idempotency.execute("answer:" + actor.id(), key, json.canonical(request),
 *             () -> json.response(201, AnswerResponse.from(answers.submit(actor, request))));
 *     return IdempotencyJson.reply(r);
 * }
 * }</pre>
 */
@Singleton
public class IdempotencyService {
    public static final String HEADER = "Idempotency-Key";
    public static final int MIN_KEY_LENGTH = 16;
    public static final int MAX_KEY_LENGTH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyService.class);

    /** What a request answered: its status and JSON body, replayed as is to a retry. */
    public record StoredResponse(int status, @Nullable String body) {
    }

    private final IdempotencyStore store;
    private final Clock clock;
    private final Duration retention;

    IdempotencyService(IdempotencyStore store, Clock clock,
                       @Value("${stegvis.idempotency.retention:24h}") Duration retention) {
        this.store = store;
        this.clock = clock;
        this.retention = retention;
    }

    /**
     * Runs {@code action} once for this scope and key and returns its response, or the stored
     * response of an earlier run with the same key and request. The claim, the action and the stored
     * response share one transaction (the caller's, if it has one): if the action throws, nothing of
     * it stays, the key included, and a corrected retry may use the same key.
     *
     * @param scope            who is asking (and, if keys may repeat across endpoints, for what), e.g.
     *                         {@code "answer:" + participantId}; never stored in clear
     * @param key              the client's {@code Idempotency-Key} header, as received (may be null)
     * @param canonicalRequest the request in canonical form ({@link IdempotencyJson#canonical(Object)})
     * @param action           does the work in the claim's transaction and returns what to store;
     *                         for anonymous submissions a body that identifies nothing
     * @throws IdempotencyKeyInvalid the key is missing or malformed (400)
     * @throws IdempotencyKeyReused  the key was used with a different request (422)
     * @throws IdempotencyInFlight   the first request with this key is still running (409)
     */
    public StoredResponse execute(String scope, @Nullable String key, String canonicalRequest,
                                  Supplier<StoredResponse> action) {
        String validKey = checkKey(key);
        LocalDateTime now = now();
        return store.once(newClaim(scope, validKey, canonicalRequest, now, null), now, action);
    }

    /**
     * As {@link #execute}, for an action whose response is known before it runs (its ids and times chosen up
     * front, its input validated): {@code response} is computed first (after the key check, before any write),
     * the claim is inserted with it as the transaction's first write, and {@code action} runs after it in the
     * same transaction. One statement fewer than {@link #execute} (no UPDATE storing the response afterwards);
     * the same guarantees: a duplicate in flight meets the uncommitted claim (409 at once), a later one the
     * committed record, and if the action throws nothing of it stays, the claim included. {@code response} must
     * not depend on what the action finds in the database: on a retry it is computed again and discarded
     * for the stored one, so state checks that a retry would fail (e.g. "is it still due?") belong in the action.
     *
     * @param response computes the response to store and return; may throw (nothing is written then)
     * @param action   does the work in the claim's transaction
     */
    public StoredResponse executeKnown(String scope, @Nullable String key, String canonicalRequest,
                                       Supplier<StoredResponse> response, Runnable action) {
        String validKey = checkKey(key);
        StoredResponse known = response.get();
        if (known == null) {
            throw new IllegalStateException("an idempotent action must have a response to store");
        }
        LocalDateTime now = now();
        return store.onceKnown(newClaim(scope, validKey, canonicalRequest, now, known), now, action);
    }

    /** Deletes expired records. Runs every 15 minutes; safe on several instances at once. */
    @Scheduled(fixedDelay = "${stegvis.idempotency.purge-interval:15m}", initialDelay = "1m")
    public int purgeExpired() {
        int deleted = store.deleteExpired(now());
        if (deleted > 0) {
            LOG.debug("purged {} expired idempotency records", deleted);
        }
        return deleted;
    }

    /** The claim for the scope, key and request; with its response when that is known before the action runs. */
    private IdempotencyRecord newClaim(String scope, String validKey, String canonicalRequest, LocalDateTime now,
                                       @Nullable StoredResponse known) {
        LocalDateTime hour = now.truncatedTo(ChronoUnit.HOURS);
        // Rounded up to the next whole hour: a record lives at least the retention, and no stored
        // time is finer than an hour.
        LocalDateTime expires = hour.plus(retention).plusHours(1);
        return new IdempotencyRecord(Sha256.hex(scope + ":" + validKey), Sha256.hex(validKey + "\n" + canonicalRequest),
                known == null ? null : known.status(), known == null ? null : known.body(), hour, expires);
    }

    /** The key as the client sent it, or {@link IdempotencyKeyInvalid}. */
    static String checkKey(@Nullable String key) {
        if (key == null || key.isBlank() || key.length() < MIN_KEY_LENGTH || key.length() > MAX_KEY_LENGTH) {
            throw new IdempotencyKeyInvalid();
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new IdempotencyKeyInvalid();
            }
        }
        return key;
    }

    private LocalDateTime now() {
        return Times.nowUtc(clock);
    }
}
