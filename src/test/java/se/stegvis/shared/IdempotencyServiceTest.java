package se.stegvis.shared;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import io.micronaut.transaction.TransactionOperations;
import se.stegvis.support.StatementCounter;
import se.stegvis.support.TestClock;

import java.sql.Connection;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Claims that outlive their lease, expired records and canonical JSON, against the real database. */
@MicronautTest(transactional = false)
class IdempotencyServiceTest {
    @Inject
    IdempotencyService idempotency;
    @Inject
    IdempotencyRepository records;
    @Inject
    IdempotencyJson json;
    @Inject
    TestClock clock;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    StatementCounter counter;

    final String scope = "test:" + UUID.randomUUID();
    final String key = UUID.randomUUID().toString();
    final AtomicInteger runs = new AtomicInteger();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void abandonedClaimIsTakenOverOnceItsLeaseIsOver() {
        plantClaim("{}", now().plusMinutes(3));

        assertThatThrownBy(() -> idempotency.execute(scope, key, "{}", this::count))
                .isInstanceOf(IdempotencyInFlight.class);
        assertThat(runs).hasValue(0);

        clock.advance(Duration.ofMinutes(4));
        assertThat(idempotency.execute(scope, key, "{}", this::count).status()).isEqualTo(201);
        assertThat(idempotency.execute(scope, key, "{}", this::count).body()).isEqualTo("{\"run\":1}");
        assertThat(runs).hasValue(1);
        assertThat(records.findById(keyHash()).orElseThrow().state()).isEqualTo(IdempotencyState.DONE);
    }

    @Test
    void abandonedClaimWithAnotherBodyIsStillAKeyReused() {
        plantClaim("{\"a\":1}", now().minusMinutes(1));
        assertThatThrownBy(() -> idempotency.execute(scope, key, "{\"a\":2}", this::count))
                .isInstanceOf(IdempotencyKeyReused.class);
    }

    @Test
    void requestThatLostItsClaimIsRolledBackAndAnswersInFlight() throws Exception {
        String sideRow = IdempotencyService.sha256("side-write:" + key);
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch letSlowFinish = new CountDownLatch(1);
        CompletableFuture<Throwable> slow = CompletableFuture.supplyAsync(() -> {
            try {
                idempotency.execute(scope, key, "{}", () -> {
                    records.save(sideWrite(sideRow)); // stands for the submission's own writes
                    slowStarted.countDown();
                    await(letSlowFinish);
                    return count();
                });
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        assertThat(slowStarted.await(10, TimeUnit.SECONDS)).isTrue();

        clock.advance(Duration.ofMinutes(4));
        IdempotencyService.StoredResponse takenOver = idempotency.execute(scope, key, "{}", this::count);
        letSlowFinish.countDown();

        assertThat(slow.get(10, TimeUnit.SECONDS)).isInstanceOf(IdempotencyInFlight.class);
        assertThat(records.findById(sideRow)).as("the slow request's writes were rolled back").isEmpty();
        assertThat(idempotency.execute(scope, key, "{}", this::count)).isEqualTo(takenOver);
    }

    @Test
    void expiredRecordNotYetPurgedNoLongerAnswersForItsKey() {
        idempotency.execute(scope, key, "{}", this::count);
        clock.advance(Duration.ofHours(26));
        idempotency.execute(scope, key, "{\"other\":true}", this::count);
        assertThat(runs).hasValue(2);
    }

    @Test
    void claimIsCommittedBeforeTheActionRunsEvenInsideACallersTransaction() {
        AtomicReference<Optional<IdempotencyState>> seenByAnotherConnection = new AtomicReference<>();
        transactions.executeWrite(status -> idempotency.execute(scope, key, "{}", () -> {
            seenByAnotherConnection.set(CompletableFuture.supplyAsync(
                    () -> records.findById(keyHash()).map(IdempotencyRecord::state)).join());
            return count();
        }));

        assertThat(seenByAnotherConnection.get()).as("a concurrent duplicate sees the claim, and answers 409")
                .contains(IdempotencyState.IN_FLIGHT);
        assertThat(records.findById(keyHash()).orElseThrow().state()).isEqualTo(IdempotencyState.DONE);
    }

    @Test
    void aFirstRunCostsTheClaimAndOneTransactionForTheActionAndItsDoneMark() {
        StatementCounter.Counts c = counter.count(() -> idempotency.execute(scope, key, "{}", this::count));

        // [autocommit] INSERT claim; SET autocommit=0; UPDATE … DONE; COMMIT; SET autocommit=1
        assertThat(c.statements()).as(c.toString()).isEqualTo(2);
        assertThat(c.commits()).as(c.toString()).isEqualTo(2);
        assertThat(c.roundTrips()).as(c.toString()).isEqualTo(5);
    }

    @Test
    void aReplayCostsTheFailedClaimAndOneRead() {
        idempotency.execute(scope, key, "{}", this::count);
        StatementCounter.Counts c = counter.count(() -> idempotency.execute(scope, key, "{}", this::count));

        assertThat(c.statements()).as(c.toString()).isEqualTo(2);
        assertThat(c.commits()).as(c.toString()).isLessThanOrEqualTo(1); // the failed INSERT counts, commits nothing
        assertThat(runs).hasValue(1);
    }

    @Test
    void canonicalJsonIgnoresKeyAndMapOrder() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("q1", 5);
        ab.put("q2", List.of(Map.of("z", 1, "y", 2)));
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("q2", List.of(new java.util.TreeMap<>(Map.of("y", 2, "z", 1))));
        ba.put("q1", 5);

        assertThat(json.canonical(new Answers("SRS", ab))).isEqualTo(json.canonical(new Answers("SRS", ba)))
                .isEqualTo("{\"answers\":{\"q1\":5,\"q2\":[{\"y\":2,\"z\":1}]},\"instrument\":\"SRS\"}");
        assertThat(json.canonical(new Answers("SRS", Map.of("q1", 4)))).isNotEqualTo(json.canonical(new Answers("SRS", ab)));
    }

    @Serdeable
    record Answers(String instrument, Map<String, Object> answers) {
    }

    IdempotencyService.StoredResponse count() {
        return new IdempotencyService.StoredResponse(201, "{\"run\":" + runs.incrementAndGet() + "}");
    }

    void plantClaim(String request, LocalDateTime lockedUntil) {
        LocalDateTime hour = now().truncatedTo(ChronoUnit.HOURS);
        records.save(new IdempotencyRecord(keyHash(), IdempotencyService.sha256(key + "\n" + request),
                IdempotencyState.IN_FLIGHT, "planted", lockedUntil, null, null, hour, hour.plusHours(25)));
    }

    IdempotencyRecord sideWrite(String id) {
        LocalDateTime hour = now().truncatedTo(ChronoUnit.HOURS);
        return new IdempotencyRecord(id, id, IdempotencyState.DONE, null, null, 200, "{}", hour, hour.plusHours(25));
    }

    String keyHash() {
        return IdempotencyService.sha256(scope + ":" + key);
    }

    LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
