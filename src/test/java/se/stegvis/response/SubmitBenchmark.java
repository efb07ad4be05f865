package se.stegvis.response;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.SessionService;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Measure": N clients submitting SRS answers through the real HTTP API (participant
 * tokens, Idempotency-Keys, loopback) versus plain JDBC inserts of the same rows into
 * {@code identified_response}, in one run against the same database. Prints both rates and their
 * ratio (goal ≥ 0.5). Not part of the suite (the name does not end in Test): run {@code bench/submit.sh}.
 */
@MicronautTest(transactional = false)
// The production pool size (application.yml), not the tests' small pool: 8 clients must not queue for 4 connections.
@io.micronaut.context.annotation.Property(name = "datasources.default.maximum-pool-size", value = "10")
class SubmitBenchmark {
    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    SessionService sessions;
    @Inject
    AnswerWorld world;
    @Value("${datasources.default.url}")
    String jdbcUrl;
    @Value("${datasources.default.username}")
    String jdbcUser;
    @Value("${datasources.default.password:}")
    String jdbcPassword;
    @Value("${bench.threads:8}")
    int threads;
    @Value("${bench.requests:200}")
    int requests;

    @Test
    void apiVersusPlainJdbc() throws Exception {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        UUID srs = world.currentVersion(team.associationId(), "SRS");
        List<ParticipantView> clients = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            ParticipantView p = people.aParticipant().enrolledDaysAgo(30).createdIn(team, coach);
            clients.add(p);
            tokens.add(sessions.startParticipantSession(p.id()).token());
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String url = server.getURL() + "/api/participant/responses";

        run(t -> () -> api(http, url, tokens.get(t), srs, Math.max(10, requests / 10)));   // warm-up
        run(t -> () -> jdbc(clients.get(t), team, srs, Math.max(10, requests / 10)));

        double apiRate = run(t -> () -> api(http, url, tokens.get(t), srs, requests));
        double jdbcRate = run(t -> () -> jdbc(clients.get(t), team, srs, requests));
        System.out.printf(Locale.ROOT, "%nBENCH threads=%d requests/thread=%d%nBENCH api  %.1f submissions/s%n"
                + "BENCH jdbc %.1f inserts/s%nBENCH ratio api/jdbc = %.2f (goal >= 0.5)%n%n",
                threads, requests, apiRate, jdbcRate, apiRate / jdbcRate);
    }

    interface Work {
        Callable<Integer> forThread(int t);
    }

    /** Runs the work on all threads at once and answers operations per second. */
    private double run(Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(work.forThread(t)));
            }
            int done = 0;
            for (Future<Integer> f : futures) {
                done += f.get(10, TimeUnit.MINUTES);
            }
            return done / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private int api(HttpClient http, String url, String token, UUID version, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            String body = world.body(version, java.util.Map.of("relationship", i % 11, "goals_and_topics", 7,
                    "approach", 8.5, "overall", 9));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
        return n;
    }

    private int jdbc(ParticipantView p, TeamView team, UUID version, int n) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword)) {
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO identified_response (id, participant_id, team_id,"
                    + " instrument_version_id, instrument_code, answers, score, submitted_at) VALUES (?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < n; i++) {
                    ps.setString(1, UUID.randomUUID().toString());
                    ps.setString(2, p.id().toString());
                    ps.setString(3, team.id().toString());
                    ps.setString(4, version.toString());
                    ps.setString(5, "SRS");
                    ps.setString(6, "{\"relationship\":" + (i % 11) + ".0,\"goals_and_topics\":7.0,\"approach\":8.5,\"overall\":9.0}");
                    ps.setBigDecimal(7, BigDecimal.valueOf(24.5 + i % 11));
                    ps.setTimestamp(8, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)));
                    ps.executeUpdate();
                }
            }
        }
        return n;
    }
}
