package se.stegvis.shared;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import io.micronaut.transaction.TransactionOperations;
import se.stegvis.support.StatementCounter;
import se.stegvis.support.TestClock;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
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

/**
 * Claims inside the request's transaction (a duplicate in flight answers at once, a dead request's claim
 * is gone with it), expired records and canonical JSON, against the real database.
 */
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
    @Inject
    DataSource dataSource;
    @Value("${datasources.default.url}")
    String url;
    @Value("${datasources.default.username}")
    String user;
    @Value("${datasources.default.password:}")
    String password;

    final String scope = "test:" + UUID.randomUUID();
    final String key = UUID.randomUUID().toString();
    final AtomicInteger runs = new AtomicInteger();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void duplicateWhileTheFirstRunsAnswersInFlightAtOnceAndLaterTheFirstResponse() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch letFirstFinish = new CountDownLatch(1);
        CompletableFuture<IdempotencyService.StoredResponse> first = CompletableFuture.supplyAsync(
                () -> idempotency.execute(scope, key, "{}", () -> {
                    firstStarted.countDown();
                    await(letFirstFinish);
                    return count();
                }));
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        assertThatThrownBy(() -> idempotency.execute(scope, key, "{}", this::count))
                .isInstanceOf(IdempotencyInFlight.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("409 without waiting for the first")
                .isLessThan(Duration.ofSeconds(1));
        letFirstFinish.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS).body()).isEqualTo("{\"run\":1}");
        assertThat(idempotency.execute(scope, key, "{}", this::count)).isEqualTo(first.get());
        assertThat(runs).hasValue(1);
    }

    @Test
    void duplicateOfARequestInsideACallersTransactionAnswersInFlightAtOnce() {
        AtomicReference<Throwable> duplicate = new AtomicReference<>();
        transactions.executeWrite(status -> idempotency.execute(scope, key, "{}", () -> {
            duplicate.set(CompletableFuture.supplyAsync(() -> {
                try {
                    idempotency.execute(scope, key, "{}", this::count);
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            }).orTimeout(5, TimeUnit.SECONDS).join());
            return count();
        }));

        assertThat(duplicate.get()).isInstanceOf(IdempotencyInFlight.class);
        assertThat(storedBody()).contains("{\"run\":1}");
    }

    @Test
    void replayInsideACallersOlderSnapshotStillFindsTheStoredResponse() {
        IdempotencyService.StoredResponse replayed = transactions.executeWrite(status -> {
            records.findById("a read that opens this transaction's snapshot");
            CompletableFuture.runAsync(() -> idempotency.execute(scope, key, "{}", this::count)).join();
            return idempotency.execute(scope, key, "{}", this::count);
        });

        assertThat(replayed.body()).isEqualTo("{\"run\":1}");
        assertThat(runs).hasValue(1);
    }

    /**
     * A claim is an uncommitted row of its request's transaction: if the instance dies, the database
     * rolls it back with the connection, and nothing is left to expire or take over.
     */
    @Test
    void claimOfARequestWhoseConnectionDiedIsGoneAndTheKeyIsFree() throws SQLException {
        try (Connection crashed = DriverManager.getConnection(url, user, password)) {
            crashed.setAutoCommit(false);
            try (PreparedStatement ps = crashed.prepareStatement("INSERT INTO idempotency_record"
                    + " (key_hash, fingerprint, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
                LocalDateTime hour = now().truncatedTo(ChronoUnit.HOURS);
                ps.setString(1, keyHash());
                ps.setString(2, Sha256.hex(key + "\n{}"));
                ps.setObject(3, hour);
                ps.setObject(4, hour.plusHours(25));
                ps.executeUpdate();
            }
            assertThatThrownBy(() -> idempotency.execute(scope, key, "{}", this::count))
                    .isInstanceOf(IdempotencyInFlight.class);
        } // closed without commit: what the server does when an instance's connection drops

        assertThat(idempotency.execute(scope, key, "{}", this::count).body()).isEqualTo("{\"run\":1}");
        assertThat(runs).hasValue(1);
    }

    @Test
    void actionThatThrowsLeavesNoRecordAndNoWrites() {
        String sideRow = Sha256.hex("side-write:" + key);
        assertThatThrownBy(() -> idempotency.execute(scope, key, "{}", () -> {
            records.save(sideWrite(sideRow)); // stands for the submission's own writes
            throw new IllegalStateException("the action failed");
        })).hasMessage("the action failed");

        assertThat(records.findById(sideRow)).isEmpty();
        assertThat(records.findById(keyHash())).isEmpty();
    }

    @Test
    void expiredRecordNotYetPurgedNoLongerAnswersForItsKey() {
        idempotency.execute(scope, key, "{}", this::count);
        clock.advance(Duration.ofHours(26));
        idempotency.execute(scope, key, "{\"other\":true}", this::count);
        assertThat(runs).hasValue(2);
    }

    @Test
    void aFirstRunCostsOneTransactionWithTheClaimAndTheResponse() {
        StatementCounter.Counts c = counter.count(() -> idempotency.execute(scope, key, "{}", this::count));

        // SET autocommit=0; INSERT claim; UPDATE … response; COMMIT; SET autocommit=1
        assertThat(c.statements()).as(c.toString()).isEqualTo(2);
        assertThat(c.commits()).as(c.toString()).isEqualTo(1);
        assertThat(c.roundTrips()).as(c.toString()).isEqualTo(5);
        assertThat(c.writes()).as(c.toString()).first().asString()
                .startsWith("SET STATEMENT innodb_lock_wait_timeout=? FOR INSERT INTO idempotency_record");
    }

    @Test
    void aReplayCostsTheFailedClaimAndOneRead() {
        idempotency.execute(scope, key, "{}", this::count);
        StatementCounter.Counts c = counter.count(() -> idempotency.execute(scope, key, "{}", this::count));

        assertThat(c.statements()).as(c.toString()).isEqualTo(2);
        assertThat(c.commits()).as(c.toString()).isLessThanOrEqualTo(1); // the transaction wrote nothing
        assertThat(runs).hasValue(1);
    }

    @Test
    void aKnownResponseIsClaimedWithTheKeyAndNothingIsUpdatedAfterTheAction() {
        StatementCounter.Counts c = counter.count(() -> assertThat(idempotency.executeKnown(scope, key, "{}",
                this::count, () -> assertThat(storedBody()).as("the claim holds the response before the action runs")
                        .contains("{\"run\":1}"))).isEqualTo(new IdempotencyService.StoredResponse(201, "{\"run\":1}")));

        // SET autocommit=0; INSERT claim with its response; (the action's read above); COMMIT; SET autocommit=1
        assertThat(c.writes()).as(c.toString()).hasSize(1).first().asString()
                .startsWith("SET STATEMENT innodb_lock_wait_timeout=? FOR INSERT INTO idempotency_record");
        assertThat(c.commits()).as(c.toString()).isEqualTo(1);
        assertThat(storedBody()).contains("{\"run\":1}");
    }

    @Test
    void aRetryOfAKnownResponseGetsTheStoredOneAndTheActionDoesNotRunAgain() {
        AtomicInteger actions = new AtomicInteger();
        IdempotencyService.StoredResponse first = idempotency.executeKnown(scope, key, "{}", this::count,
                actions::incrementAndGet);
        IdempotencyService.StoredResponse retry = idempotency.executeKnown(scope, key, "{}", this::count,
                actions::incrementAndGet);

        assertThat(retry).isEqualTo(first);
        assertThat(actions).hasValue(1);
        assertThatThrownBy(() -> idempotency.executeKnown(scope, key, "{\"other\":true}", this::count,
                actions::incrementAndGet)).isInstanceOf(IdempotencyKeyReused.class);
        assertThat(actions).hasValue(1);
    }

    @Test
    void aKnownResponseWhoseActionThrowsLeavesNoRecordAndNoWrites() {
        String sideRow = Sha256.hex("side-write:" + key);
        assertThatThrownBy(() -> idempotency.executeKnown(scope, key, "{}", this::count, () -> {
            records.save(sideWrite(sideRow));
            throw new IllegalStateException("the action failed");
        })).hasMessage("the action failed");

        assertThat(records.findById(sideRow)).isEmpty();
        assertThat(records.findById(keyHash())).isEmpty();
        assertThat(idempotency.executeKnown(scope, key, "{}", this::count, () -> { }).body())
                .as("a corrected retry may use the same key").isEqualTo("{\"run\":2}");
    }

    @Test
    void aResponseThatCannotBeMadeWritesNothing() {
        StatementCounter.Counts c = counter.count(() -> assertThatThrownBy(() -> idempotency.executeKnown(scope, key,
                "{}", () -> {
                    throw new IllegalArgumentException("invalid answers");
                }, runs::incrementAndGet)).hasMessage("invalid answers"));

        assertThat(c.statements()).as(c.toString()).isZero();
        assertThat(records.findById(keyHash())).isEmpty();
        assertThat(runs).hasValue(0);
    }

    @Test
    void aDuplicateOfAKnownResponseWhileTheFirstRunsAnswersInFlightAtOnce() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch letFirstFinish = new CountDownLatch(1);
        CompletableFuture<IdempotencyService.StoredResponse> first = CompletableFuture.supplyAsync(
                () -> idempotency.executeKnown(scope, key, "{}", this::count, () -> {
                    firstStarted.countDown();
                    await(letFirstFinish);
                }));
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        assertThatThrownBy(() -> idempotency.executeKnown(scope, key, "{}", this::count, () -> { }))
                .isInstanceOf(IdempotencyInFlight.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("409 without waiting for the first")
                .isLessThan(Duration.ofSeconds(1));
        letFirstFinish.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS).body()).isEqualTo("{\"run\":1}");
        assertThat(storedBody()).contains("{\"run\":1}");
    }

    /**
     * The claim as the service's pool sends it on MariaDB: prepared on the server (not sent as text, as Connector/J
     * would do with a statement starting with SET), and still failing at once on another transaction's claim.
     */
    @Test
    void theMariaDbClaimIsPreparedOnTheServerAndStillDoesNotWait() throws SQLException {
        String claim = IdempotencyClaims.Engine.MARIADB.noWait("INSERT INTO idempotency_record (key_hash, fingerprint,"
                + " created_at, expires_at) VALUES (?, ?, ?, ?)");
        LocalDateTime hour = now().truncatedTo(ChronoUnit.HOURS);
        DataSource pool = DelegatingDataSource.unwrapDataSource(dataSource);
        try (Connection first = pool.getConnection(); Connection second = pool.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            try (PreparedStatement a = first.prepareStatement(claim); PreparedStatement b = second.prepareStatement(claim)) {
                assertThat(a.isWrapperFor(com.mysql.cj.jdbc.ServerPreparedStatement.class)).isTrue();
                for (PreparedStatement ps : List.of(a, b)) {
                    ps.setString(1, keyHash());
                    ps.setString(2, "fingerprint");
                    ps.setTimestamp(3, Timestamp.valueOf(hour));
                    ps.setTimestamp(4, Timestamp.valueOf(hour.plusHours(25)));
                }
                a.executeUpdate();
                long started = System.nanoTime();
                assertThatThrownBy(b::executeUpdate).isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(1205));
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
            } finally {
                first.rollback();
                second.rollback();
            }
        }
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

    Optional<String> storedBody() {
        return records.findById(keyHash()).map(IdempotencyRecord::responseBody);
    }

    IdempotencyRecord sideWrite(String id) {
        LocalDateTime hour = now().truncatedTo(ChronoUnit.HOURS);
        return new IdempotencyRecord(id, id, 200, "{}", hour, hour.plusHours(25));
    }

    String keyHash() {
        return Sha256.hex(scope + ":" + key);
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
