package se.stegvis.screening;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What encrypting costs end to end: one client submitting violence screenings (validate, encrypt,
 * store, mark due, audit) versus identified ORS answers (validate, store, mark due, audit) through
 * the same HTTP API, alternating rounds in one run against one database. Prints both rates and the
 * ratio screening/ORS. Not part of the suite (the name does not end in Test): run
 * {@code bench/screening.sh}.
 */
@MicronautTest(transactional = false)
class ScreeningSubmitBenchmark {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    ScreeningWorld world;
    @Inject
    InstrumentService instruments;

    @Test
    void screeningVersusIdentifiedSubmissions() {
        int n = Integer.getInteger("bench.requests", 150);
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        UUID screening = world.version(team.associationId());
        UUID ors = instruments.current(team.associationId(), "ORS").versionId();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 2 * n + 50; i++) {
            ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
            tokens.add(world.token(p));
        }
        String orsBody = "{\"versionId\":\"" + ors + "\",\"answers\":{\"individually\":7,\"interpersonally\":6,"
                + "\"socially\":8,\"overall\":5}}";
        String screeningBody = world.body(screening, ScreeningWorld.CALM, false);
        int next = 0;
        for (int i = 0; i < 20; i++) { // warm-up, both paths
            assertThat(post(tokens.get(next++), ScreeningWorld.SUBMIT, screeningBody)).isEqualTo(201);
            assertThat(post(tokens.get(next++), "/api/participant/responses", orsBody)).isEqualTo(201);
        }
        long screeningNanos = 0;
        long orsNanos = 0;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            assertThat(post(tokens.get(next++), ScreeningWorld.SUBMIT, screeningBody)).isEqualTo(201);
            long t1 = System.nanoTime();
            assertThat(post(tokens.get(next++), "/api/participant/responses", orsBody)).isEqualTo(201);
            long t2 = System.nanoTime();
            screeningNanos += t1 - t0;
            orsNanos += t2 - t1;
        }
        double screeningRate = n / (screeningNanos / 1e9);
        double orsRate = n / (orsNanos / 1e9);
        System.out.printf(Locale.ROOT, "BENCH screening submissions: %d in %.2f s = %.1f/s%n", n, screeningNanos / 1e9, screeningRate);
        System.out.printf(Locale.ROOT, "BENCH identified ORS submissions: %d in %.2f s = %.1f/s%n", n, orsNanos / 1e9, orsRate);
        System.out.printf(Locale.ROOT, "BENCH ratio screening/ORS: %.2f%n", screeningRate / orsRate);
    }

    private int post(String token, String path, String body) {
        return world.exchange(client, io.micronaut.http.HttpRequest.POST(path, body)
                .contentType(io.micronaut.http.MediaType.APPLICATION_JSON_TYPE).bearerAuth(token)
                .header("Idempotency-Key", UUID.randomUUID().toString())).status();
    }
}
