package se.stegvis.fit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.SessionService;
import se.stegvis.shared.IdempotencyService;
import se.stegvis.support.Api;
import se.stegvis.support.Api.Reply;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two different ORS answers for the same session arriving at the same moment (the gate holds both
 * until each has passed the answer's own writes): one is stored and linked, the other gets a 409
 * problem naming the field, and nothing of it stays behind; its Idempotency-Key is free again.
 */
@MicronautTest(transactional = false)
class FitConcurrentAnswersTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    SessionService logins;
    @Inject
    InstrumentService instruments;
    @Inject
    AnswerGate gate;

    @AfterEach
    void openTheGate() {
        gate.disarm();
    }

    @Test
    @SuppressWarnings("unchecked")
    void twoAnswersForOneSessionAtTheSameMomentStoreOneAndAnswerTheOther409WithNothingHalfWritten() {
        Api api = new Api(client, json);
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        ParticipantView p = people.aParticipant().enrolledDaysAgo(30).createdIn(team, coach);
        Reply created = api.post("/api/teams/" + team.id() + "/fit/sessions", Map.of("kind", "INDIVIDUAL",
                "heldOn", people.today().minusDays(1).toString(), "participantIds", List.of(p.id())), coach);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String sessionId = (String) created.map().get("id");
        String token = logins.startParticipantSession(p.id()).token();
        List<String> keys = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        List<Double> totals = List.of(10.0, 30.0);

        gate.arm(2);
        CompletableFuture<Reply> one = CompletableFuture.supplyAsync(() -> ors(team, token, keys.get(0), totals.get(0)));
        CompletableFuture<Reply> two = CompletableFuture.supplyAsync(() -> ors(team, token, keys.get(1), totals.get(1)));
        List<Reply> replies = List.of(one.join(), two.join());
        gate.disarm();

        assertThat(replies).extracting(Reply::status).as(replies.toString()).containsExactlyInAnyOrder(201, 409);
        Reply won = replies.stream().filter(r -> r.status() == 201).findFirst().orElseThrow();
        Reply lost = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        assertThat(lost.map()).containsEntry("code", "fit.rating.concurrent").containsEntry("status", 409);
        assertThat((List<Map<String, Object>>) lost.map().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("instrumentCode");
        double wonTotal = ((Number) won.map().get("score")).doubleValue();

        // The winner's answer and rating are stored; of the loser nothing: one answer, one rating.
        Reply mine = send(HttpRequest.GET("/api/participant/responses"), token);
        assertThat(mine.list()).singleElement()
                .satisfies(a -> assertThat(((Number) a.get("score")).doubleValue()).isEqualTo(wonTotal));
        Reply trend = api.get("/api/participants/" + p.id() + "/fit/trend", coach);
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) trend.map().get("sessions");
        assertThat(sessions).singleElement().satisfies(s -> {
            assertThat(s.get("sessionId")).isEqualTo(sessionId);
            assertThat(((Number) ((Map<String, Object>) s.get("ors")).get("total")).doubleValue()).isEqualTo(wonTotal);
        });
        // The refused request's key was released: sent again, it is stored as an ordinary answer
        // (the session has its ORS now).
        int l = replies.indexOf(lost);
        Reply retry = ors(team, token, keys.get(l), totals.get(l));
        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(send(HttpRequest.GET("/api/participant/responses"), token).list()).hasSize(2);
    }

    /** An ORS with four equal items adding up to {@code total}. */
    private Reply ors(TeamView team, String token, String key, double total) {
        var v = instruments.current(team.associationId(), "ORS");
        Map<String, Object> answers = new LinkedHashMap<>();
        v.definition().items().stream().limit(4).forEach(i -> answers.put(i.key(), total / 4));
        return send(HttpRequest.POST("/api/participant/responses",
                Map.of("versionId", v.versionId().toString(), "answers", answers))
                .header(IdempotencyService.HEADER, key), token);
    }

    private Reply send(MutableHttpRequest<?> request, String token) {
        request.bearerAuth(token);
        try {
            HttpResponse<String> r = client.toBlocking().exchange(request, String.class);
            return reply(r.getStatus().getCode(), r.body());
        } catch (HttpClientResponseException e) {
            return reply(e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse(null));
        }
    }

    private Reply reply(int status, String body) {
        try {
            return new Reply(status, body, body == null ? null : json.readValue(body, Object.class));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
