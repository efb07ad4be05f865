package se.stegvis.shared;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.support.Fixtures;
import se.stegvis.support.TestClock;
import se.stegvis.team.TeamService;

import io.micronaut.data.connection.ConnectionOperations;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Idempotency over HTTP against the real database, through a test-only endpoint that creates an
 * association (a stand-in for a submitted answer) inside {@link IdempotencyService#execute}.
 */
@MicronautTest(transactional = false)
@Property(name = "spec.name", value = "IdempotencyHttpTest")
class IdempotencyHttpTest {
    static final String PATH = "/test-only/idempotent-associations";
    static final String ANONYMOUS_PATH = "/test-only/anonymous-answers";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;
    @Inject
    ConnectionOperations<Connection> connections;
    @Inject
    TestClock clock;
    @Inject
    IdempotencyService idempotency;
    @Inject
    IdempotencyJson canonicalJson;

    Fixtures.StaffLogin admin;

    @BeforeEach
    void logIn() {
        admin = fixtures.admin(fixtures.association());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void sameKeyAndBodyTwiceAnswersTheFirstResponseAndStoresOnce() {
        String key = newKey();
        String name = fixtures.unique("Förbundet Södra Ångermanland");
        Reply first = post(PATH, key, body(name, 0));
        Reply second = post(PATH, key, body(name, 0));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.contentType()).startsWith(MediaType.APPLICATION_JSON);
        assertThat(first.body()).contains(name);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(associationsNamed(name)).isEqualTo(1);
    }

    @Test
    void sameRequestWithOtherWhitespaceAndKeyOrderIsStillTheSameRequest() {
        String key = newKey();
        String name = fixtures.unique("Förbundet Östra Skaraborg");
        Reply first = post(PATH, key, "{\"name\":\"" + name + "\",\"pauseMillis\":0}");
        Reply retry = post(PATH, key, "{ \"pauseMillis\" : 0,\n  \"name\" : \"" + name + "\" }");

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(associationsNamed(name)).isEqualTo(1);
    }

    @Test
    void sameKeyWithChangedBodyAnswers422AndStoresNothingMore() {
        String key = newKey();
        String name = fixtures.unique("Förbundet Norra Hälsingland");
        post(PATH, key, body(name, 0));
        Reply changed = post(PATH, key, body(name + " ändrat", 0));

        assertThat(changed.status()).isEqualTo(422);
        assertThat(changed.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(changed.json()).containsEntry("code", "idempotency.key-reused");
        assertThat(String.valueOf(changed.json().get("detail"))).contains("Idempotency-Key");
        assertThat(associationsNamed(name)).isEqualTo(1);
        assertThat(associationsNamed(name + " ändrat")).isZero();
    }

    @Test
    void sameKeyFromAnotherCallerIsAnotherRequest() {
        String key = newKey();
        String name = fixtures.unique("Förbundet Västra Mälardalen");
        Fixtures.StaffLogin otherAdmin = fixtures.admin(fixtures.association());
        Reply mine = post(PATH, key, body(name, 0));
        Reply theirs = send(PATH, key, body(name, 0), otherAdmin);

        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.body()).isNotEqualTo(mine.body());
        assertThat(associationsNamed(name)).isEqualTo(2);
    }

    @Test
    void concurrentDuplicatesStoreOnceAndEveryAnswerIsTheStored201OrA409() throws Exception {
        String key = newKey();
        String name = fixtures.unique("Förbundet Finnveden");
        String body = body(name, 400);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return post(PATH, key, body);
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> f : futures) {
                replies.add(f.get(60, TimeUnit.SECONDS));
            }
            Reply stored = post(PATH, key, body);

            assertThat(stored.status()).isEqualTo(201);
            assertThat(replies).allSatisfy(r -> {
                assertThat(r.status()).isIn(201, 409);
                if (r.status() == 201) {
                    assertThat(r.body()).isEqualTo(stored.body());
                } else {
                    assertThat(r.json()).containsEntry("code", "idempotency.in-flight");
                    assertThat(r.retryAfter()).isEqualTo("1");
                }
            });
            assertThat(replies).anySatisfy(r -> assertThat(r.status()).isEqualTo(201));
            assertThat(replies).anySatisfy(r -> assertThat(r.status()).isEqualTo(409));
            assertThat(associationsNamed(name)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void failedActionLeavesNoClaimAndACorrectedRetryWithTheSameKeySucceeds() {
        String key = newKey();
        String rejected = "REJECT " + fixtures.unique("Förbundet");
        String corrected = fixtures.unique("Förbundet Gotland");
        Reply failed = post(PATH, key, body(rejected, 0));

        assertThat(failed.status()).isEqualTo(422);
        assertThat(failed.json()).containsEntry("code", "invalid-request");
        assertThat(associationsNamed(rejected)).as("the action's writes were rolled back").isZero();
        assertThat(recordCount(admin.id().toString(), key)).as("the claim was rolled back with the action").isZero();

        Reply retry = post(PATH, key, body(corrected, 0));
        assertThat(retry.status()).isEqualTo(201);
        assertThat(associationsNamed(corrected)).isEqualTo(1);
    }

    @Test
    void missingOrMalformedKeyAnswers400NamingTheHeader() {
        String name = fixtures.unique("Förbundet Utan Nyckel");
        for (String key : new String[]{null, "too-short", "x".repeat(101)}) {
            Reply r = post(PATH, key, body(name, 0));
            assertThat(r.status()).as("key %s", key).isEqualTo(400);
            assertThat(r.contentType()).startsWith(Problem.MEDIA_TYPE);
            assertThat(r.json()).containsEntry("code", "idempotency.key-invalid");
            assertThat(String.valueOf(r.json().get("detail"))).contains("Idempotency-Key");
            assertThat(r.json().get("errors").toString()).contains("field=Idempotency-Key");
        }
        assertThat(associationsNamed(name)).isZero();
    }

    @Test
    void keyProblemsAreTranslated() {
        MutableHttpRequest<String> request = HttpRequest.POST(PATH, body("x", 0))
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(admin.accessToken())
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en");
        Reply english = exchange(request);
        assertThat(String.valueOf(english.json().get("detail"))).startsWith("The Idempotency-Key header is missing");
        Reply swedish = post(PATH, null, body("x", 0));
        assertThat(String.valueOf(swedish.json().get("detail"))).startsWith("Huvudet Idempotency-Key saknas");
    }

    @Test
    void expiredRecordsArePurgedAfterTheRetention() throws SQLException {
        String key = newKey();
        post(PATH, key, body(fixtures.unique("Förbundet Sjuhärad"), 0));
        assertThat(recordCount(admin.id().toString(), key)).isEqualTo(1);

        clock.advance(Duration.ofHours(23));
        idempotency.purgeExpired();
        assertThat(recordCount(admin.id().toString(), key)).as("kept for at least 24 h").isEqualTo(1);

        clock.advance(Duration.ofHours(2).plusMinutes(1));
        assertThat(idempotency.purgeExpired()).isPositive();
        assertThat(recordCount(admin.id().toString(), key)).isZero();
    }

    /**
     * A database reader sees neither the client's key, nor who asked (the scope), nor what was sent;
     * times are whole hours. The stored body is what the anonymous endpoint chose: nothing identifying.
     */
    @Test
    void storedRecordHoldsNoKeyNoScopeNoBodyAndNoExactTime() throws SQLException {
        String key = newKey();
        String answerText = fixtures.unique("Jag blev bemött med respekt");
        Reply r = post(ANONYMOUS_PATH, key, body(answerText, 0));
        assertThat(r.status()).isEqualTo(201);

        String scope = admin.id().toString();
        List<Map<String, Object>> rows = rows("SELECT * FROM idempotency_record WHERE key_hash = ?",
                Sha256.hex(scope + ":" + key));
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.get(0);
        String everything = row.values().toString().toLowerCase();
        assertThat(everything).doesNotContain(key.toLowerCase())
                .doesNotContain(scope.toLowerCase()).doesNotContain(scope.replace("-", "").toLowerCase())
                .doesNotContain(answerText.toLowerCase()).doesNotContain("respekt");
        assertThat(row.get("response_body")).isEqualTo("{\"saved\":true}");
        assertThat(row.get("fingerprint")).as("not a plain hash of the body, which small answer spaces would give away")
                .isNotEqualTo(Sha256.hex(canonicalJson.canonical(new CreateAssociation(answerText, 0))));
        assertThat(row.keySet()).as("every column, so a new one gets looked at here")
                .containsExactly("key_hash", "fingerprint", "response_status", "response_body", "created_at", "expires_at");
        assertThat(wholeHour(row.get("created_at"))).isTrue();
        assertThat(wholeHour(row.get("expires_at"))).isTrue();
    }

    // --- helpers

    static boolean wholeHour(Object dbTime) {
        LocalDateTime t = dbTime instanceof Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) dbTime;
        return t.getMinute() == 0 && t.getSecond() == 0 && t.getNano() == 0;
    }

    String newKey() {
        return UUID.randomUUID().toString();
    }

    String body(String name, int pauseMillis) {
        return "{\"name\":\"" + name + "\",\"pauseMillis\":" + pauseMillis + "}";
    }

    record Reply(int status, String body, Map<String, Object> json, String contentType, String retryAfter) {
    }

    Reply post(String path, @Nullable String key, String body) {
        return send(path, key, body, admin);
    }

    Reply send(String path, @Nullable String key, String body, Fixtures.StaffLogin as) {
        MutableHttpRequest<String> request = HttpRequest.POST(path, body)
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(as.accessToken());
        if (key != null) {
            request.header(IdempotencyService.HEADER, key);
        }
        return exchange(request);
    }

    @SuppressWarnings("unchecked")
    Reply exchange(MutableHttpRequest<String> request) {
        HttpResponse<?> response;
        try {
            response = client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        }
        String body = response.getBody(String.class).orElse(null);
        try {
            Map<String, Object> parsed = body == null || body.isBlank() ? Map.of() : json.readValue(body, Map.class);
            return new Reply(response.getStatus().getCode(), body, parsed,
                    response.getContentType().map(Object::toString).orElse(""),
                    response.getHeaders().get(HttpHeaders.RETRY_AFTER));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    long associationsNamed(String name) {
        try {
            return ((Number) rows("SELECT COUNT(*) AS n FROM association WHERE name = ?", name).get(0).get("n")).longValue();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long recordCount(String scope, String key) {
        try {
            return rows("SELECT key_hash FROM idempotency_record WHERE key_hash = ?",
                    Sha256.hex(scope + ":" + key)).size();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Map<String, Object>> rows(String sql, Object param) throws SQLException {
        return connections.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(sql)) {
                ps.setObject(1, param);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    while (rs.next()) {
                        Map<String, Object> row = new java.util.LinkedHashMap<>();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getObject(i));
                        }
                        rows.add(row);
                    }
                    return rows;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    // --- the test-only endpoints

    @Serdeable
    record CreateAssociation(String name, int pauseMillis) {
    }

    @Serdeable
    record CreatedAssociation(UUID id, String name) {
    }

    /** A domain rule failing inside the action, after it already wrote. */
    static class NameRejected extends DomainException {
        NameRejected() {
            super(Kind.RULE_VIOLATED, "invalid-request");
        }
    }

    @Controller("/test-only")
    @Requires(property = "spec.name", value = "IdempotencyHttpTest")
    @ExecuteOn(TaskExecutors.BLOCKING)
    static class IdempotentAssociationController {
        private final IdempotencyService idempotency;
        private final IdempotencyJson json;
        private final TeamService teams;

        IdempotentAssociationController(IdempotencyService idempotency, IdempotencyJson json, TeamService teams) {
            this.idempotency = idempotency;
            this.json = json;
            this.teams = teams;
        }

        /** An identified submission: the stored response names what was created. */
        @Post("/idempotent-associations")
        @Secured(Role.ADMIN_ROLE)
        HttpResponse<String> create(@Header(IdempotencyService.HEADER) @Nullable String key,
                                    @Body CreateAssociation request, Authentication authentication) {
            IdempotencyService.StoredResponse response = idempotency.execute(
                    Actor.of(authentication).id().toString(), key, json.canonical(request), () -> {
                        UUID id = teams.createAssociation(request.name());
                        pause(request.pauseMillis());
                        if (request.name().startsWith("REJECT")) {
                            throw new NameRejected();
                        }
                        return json.response(201, new CreatedAssociation(id, request.name()));
                    });
            return IdempotencyJson.reply(response);
        }

        /** An anonymous submission: the stored response says only that it was saved. */
        @Post("/anonymous-answers")
        @Secured(Role.ADMIN_ROLE)
        HttpResponse<String> answer(@Header(IdempotencyService.HEADER) @Nullable String key,
                                    @Body CreateAssociation request, Authentication authentication) {
            IdempotencyService.StoredResponse response = idempotency.execute(
                    Actor.of(authentication).id().toString(), key, json.canonical(request), () -> {
                        teams.createAssociation(request.name());
                        return json.response(201, Map.of("saved", true));
                    });
            return IdempotencyJson.reply(response);
        }

        private static void pause(int millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
