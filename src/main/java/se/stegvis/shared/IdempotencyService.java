package se.stegvis.shared;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a request at most once per {@code Idempotency-Key}: a retry with the same key and body gets
 * the first response, a different body {@link IdempotencyKeyReused}, a retry while the first is
 * still running {@link IdempotencyInFlight}. The action's writes and the stored response commit in
 * one transaction. What is stored cannot link a person to what they sent (docs/adr/0004): only
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
    private static final int CLAIM_ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyService.class);

    /** What a request answered: its status and JSON body, replayed as is to a retry. */
    public record StoredResponse(int status, @Nullable String body) {
    }

    private final IdempotencyStore store;
    private final TransactionOperations<Connection> transactions;
    private final Ids ids;
    private final Clock clock;
    private final Duration retention;
    private final Duration lease;

    IdempotencyService(IdempotencyStore store, TransactionOperations<Connection> transactions, Ids ids, Clock clock,
                       @Value("${stegvis.idempotency.retention:24h}") Duration retention,
                       @Value("${stegvis.idempotency.in-flight-lease:3m}") Duration lease) {
        this.store = store;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.retention = retention;
        this.lease = lease;
    }

    /**
     * Runs {@code action} once for this scope and key and returns its response, or the stored
     * response of an earlier run with the same key and request.
     *
     * @param scope            who is asking (and, if keys may repeat across endpoints, for what), e.g.
     *                         {@code "answer:" + participantId}; never stored in clear
     * @param key              the client's {@code Idempotency-Key} header, as received (may be null)
     * @param canonicalRequest the request in canonical form ({@link IdempotencyJson#canonical(Object)})
     * @param action           does the work in the caller's transaction and returns what to store;
     *                         for anonymous submissions a body that identifies nothing
     * @throws IdempotencyKeyInvalid the key is missing or malformed (400)
     * @throws IdempotencyKeyReused  the key was used with a different request (422)
     * @throws IdempotencyInFlight   the first request with this key is still running (409)
     */
    public StoredResponse execute(String scope, @Nullable String key, String canonicalRequest,
                                  Supplier<StoredResponse> action) {
        String validKey = checkKey(key);
        String keyHash = sha256(scope + ":" + validKey);
        String fingerprint = sha256(validKey + "\n" + canonicalRequest);
        String claimToken = ids.newToken(16);
        boolean inTransaction = transactions.findTransactionStatus().isPresent();
        Optional<StoredResponse> earlier = claimOrReplay(keyHash, fingerprint, claimToken, inTransaction);
        return earlier.isPresent() ? earlier.get() : run(keyHash, claimToken, action, inTransaction);
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

    /**
     * Claims the key (empty result: go ahead) or answers from the record already there. Loops only
     * when the record vanished or expired between our failed insert and our read.
     */
    private Optional<StoredResponse> claimOrReplay(String keyHash, String fingerprint, String claimToken,
                                                   boolean inTransaction) {
        for (int attempt = 1; ; attempt++) {
            LocalDateTime now = now();
            try {
                IdempotencyRecord claim = newClaim(keyHash, fingerprint, claimToken, now);
                autocommit(inTransaction, () -> store.insert(claim));
                return Optional.empty();
            } catch (DataAccessException insertFailed) {
                Optional<IdempotencyRecord> existing = store.find(keyHash);
                if (existing.isEmpty() || existing.get().isExpired(now)) {
                    if (existing.isPresent()) {
                        autocommit(inTransaction, () -> store.deleteIfExpired(keyHash, now));
                    }
                    if (attempt >= CLAIM_ATTEMPTS) {
                        throw existing.isEmpty() ? insertFailed : new IdempotencyInFlight();
                    }
                    continue;
                }
                IdempotencyRecord r = existing.get();
                if (!r.fingerprint().equals(fingerprint)) {
                    throw new IdempotencyKeyReused();
                }
                if (r.state() == IdempotencyState.DONE) {
                    return Optional.of(new StoredResponse(r.responseStatus(), r.responseBody()));
                }
                if (!r.isLeased(now) && autocommit(inTransaction,
                        () -> store.takeOver(keyHash, fingerprint, claimToken, now.plus(lease), now))) {
                    LOG.info("took over an abandoned idempotency claim");
                    return Optional.empty();
                }
                throw new IdempotencyInFlight();
            }
        }
    }

    /** Runs the action under our claim; on failure gives the key back so a corrected retry can run. */
    private StoredResponse run(String keyHash, String claimToken, Supplier<StoredResponse> action,
                               boolean inTransaction) {
        try {
            return store.runAndComplete(keyHash, claimToken, action);
        } catch (RuntimeException | Error failure) {
            try {
                autocommit(inTransaction, () -> store.release(keyHash, claimToken));
            } catch (RuntimeException releaseFailed) {
                failure.addSuppressed(releaseFailed);
                LOG.warn("could not release an idempotency claim; it frees itself when its lease ends");
            }
            throw failure;
        }
    }

    /**
     * Runs one statement that must commit at once (claim, take-over, release): on the caller's
     * connection when no transaction is open (it is in autocommit mode), else on a connection of its own.
     */
    private <T> T autocommit(boolean inTransaction, Supplier<T> statement) {
        return inTransaction ? store.onOwnConnection(statement) : store.onCallersConnection(statement);
    }

    private IdempotencyRecord newClaim(String keyHash, String fingerprint, String claimToken, LocalDateTime now) {
        LocalDateTime hour = now.truncatedTo(ChronoUnit.HOURS);
        // Rounded up to the next whole hour: a record lives at least the retention, and no
        // stored time is finer than an hour once the claim is done.
        LocalDateTime expires = hour.plus(retention).plusHours(1);
        return new IdempotencyRecord(keyHash, fingerprint, IdempotencyState.IN_FLIGHT, claimToken,
                now.plus(lease), null, null, hour, expires);
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

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
