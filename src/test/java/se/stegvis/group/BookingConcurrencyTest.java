package se.stegvis.group;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.SessionService;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
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
 * Fifty participants press "book" for ten seats at the same moment, over HTTP. The seat is taken
 * under the activity's row lock, so exactly ten get one and forty wait, numbered 1..40 without gaps
 * or repeats; then cancellations hand the freed seats to the first in the queue, in order. Under the
 * team's no-overlap rule, one person's simultaneous sign-ups for several overlapping activities leave
 * them with exactly one place: the sign-up also locks the participant's row (ADR 0007).
 */
@MicronautTest(transactional = false)
class BookingConcurrencyTest {
    static final int PARTICIPANTS = 50;
    static final int SEATS = 10;
    static final int PERSONS = 6;
    static final int OVERLAPPING_ACTIVITIES = 8;

    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    SessionService sessions;
    @Inject
    GroupFixtures groups;
    @Inject
    GroupHttp http;

    record Outcome(String token, int status, Map<String, Object> body) {
    }

    @Test
    void fiftyAtOnceForTenSeatsGivesTenBookedAndFortyWaitlistedAndCancellationsPromoteInOrder() throws Exception {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        UUID activity = groups.activity(coach, team.id(), SEATS);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            ParticipantView p = people.aParticipant().named("Deltagare " + i).enrolledDaysAgo(10).createdIn(team, coach);
            tokens.add(sessions.startParticipantSession(p.id()).token());
        }

        List<Outcome> outcomes = allAtOnce(tokens.stream().map(t -> new Attempt(t, activity)).toList());

        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).as(o.body().toString()).isEqualTo(201));
        List<Outcome> booked = outcomes.stream().filter(o -> "BOOKED".equals(o.body().get("status"))).toList();
        List<Outcome> waiting = outcomes.stream().filter(o -> "WAITLISTED".equals(o.body().get("status")))
                .sorted(Comparator.comparing(o -> ((Number) o.body().get("position")).intValue())).toList();
        assertThat(booked).hasSize(SEATS);
        assertThat(waiting).hasSize(PARTICIPANTS - SEATS);
        // The answers each request got, and what is stored now, agree: the queue is 1..40 with no gaps or repeats.
        assertThat(waiting.stream().map(o -> ((Number) o.body().get("position")).intValue()).toList())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, PARTICIPANTS - SEATS).boxed().toList());
        assertThat(http.map(http.send("GET", "/api/activities/" + activity, null, coach.bearer())))
                .containsEntry("booked", SEATS).containsEntry("waitlisted", PARTICIPANTS - SEATS);

        for (int i = 0; i < 3; i++) {
            assertThat(http.send("DELETE", "/api/participant/activities/" + activity + "/booking", null,
                    booked.get(i).token()).status()).isEqualTo(200);
        }
        for (int i = 0; i < 3; i++) {
            assertThat(mine(waiting.get(i).token(), activity)).as("waitlist position " + (i + 1))
                    .containsEntry("myStatus", "BOOKED");
        }
        assertThat(mine(waiting.get(3).token(), activity)).containsEntry("myStatus", "WAITLISTED")
                .containsEntry("myPosition", 1);
        assertThat(mine(waiting.get(PARTICIPANTS - SEATS - 1).token(), activity))
                .containsEntry("myPosition", PARTICIPANTS - SEATS - 3);
        assertThat(http.map(http.send("GET", "/api/activities/" + activity, null, coach.bearer())))
                .containsEntry("booked", SEATS).containsEntry("waitlisted", PARTICIPANTS - SEATS - 3);
    }

    @Test
    void underTheTeamRuleOnePersonsSimultaneousSignUpsForOverlappingActivitiesGiveThemExactlyOnePlace() throws Exception {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        StaffLogin lead = fixtures.teamLead(team);
        assertThat(http.send("PUT", "/api/teams/" + team.id() + "/group-rules",
                Map.of("noOverlappingBookings", true), lead.bearer()).status()).isEqualTo(200);
        // Eight groups meeting at the same hour next week, seats for everyone: only the rule can refuse.
        List<UUID> activities = new ArrayList<>();
        for (int i = 0; i < OVERLAPPING_ACTIVITIES; i++) {
            activities.add(groups.activityMeeting(coach, team.id(), PERSONS, 7));
        }
        // One person at a time, all their sign-ups at once: every pooled connection works for the same person.
        for (int i = 0; i < PERSONS; i++) {
            ParticipantView p = people.aParticipant().named("Dubbel " + i).enrolledDaysAgo(10).createdIn(team, coach);
            String person = sessions.startParticipantSession(p.id()).token();

            List<Outcome> own = allAtOnce(activities.stream().map(a -> new Attempt(person, a)).toList());

            assertThat(own).filteredOn(o -> o.status() == 201).as("accepted sign-ups of one person").hasSize(1);
            assertThat(own).filteredOn(o -> o.status() == 409).hasSize(OVERLAPPING_ACTIVITIES - 1);
            assertThat(http.list(http.send("GET", "/api/participant/activities", null, person)))
                    .filteredOn(a -> a.get("myStatus") != null).as("places held").hasSize(1);
        }
    }

    record Attempt(String token, UUID activity) {
    }

    /** Every request is built first; the threads wait on one latch and then send together. */
    private List<Outcome> allAtOnce(List<Attempt> attempts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        try {
            CountDownLatch ready = new CountDownLatch(attempts.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Attempt attempt : attempts) {
                HttpRequest request = http.request("POST", "/api/participant/activities/" + attempt.activity()
                        + "/booking", null, attempt.token(), UUID.randomUUID().toString());
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    HttpResponse<String> r = http.client().send(request, HttpResponse.BodyHandlers.ofString());
                    return new Outcome(attempt.token(), r.statusCode(),
                            http.map(new GroupHttp.Reply(r.statusCode(), r.body(), null)));
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<String, Object> mine(String token, UUID activity) {
        return http.list(http.send("GET", "/api/participant/activities", null, token)).stream()
                .filter(a -> a.get("id").equals(activity.toString())).findFirst().orElseThrow();
    }
}
