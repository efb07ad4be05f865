package se.stegvis.group;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.SessionService;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class BookingHttpTest {
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

    TeamView team;
    StaffLogin coach;

    @BeforeEach
    void aTeamWithACoach() {
        team = fixtures.team(fixtures.association());
        coach = fixtures.coach(team);
    }

    private String participant() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        return sessions.startParticipantSession(p.id()).token();
    }

    @Test
    void aFullActivityPutsTheNextOnTheWaitlistAndACancellationPromotesTheFirstWaiting() {
        UUID activity = groups.activity(coach, team.id(), 1);
        String anna = participant();
        String bo = participant();
        String cecilia = participant();
        assertThat(http.map(http.signUp(activity, anna))).containsEntry("status", "BOOKED");
        assertThat(http.map(http.signUp(activity, bo))).containsEntry("status", "WAITLISTED").containsEntry("position", 1);
        assertThat(http.map(http.signUp(activity, cecilia))).containsEntry("status", "WAITLISTED").containsEntry("position", 2);
        assertThat(http.send("GET", "/api/participant/group-promotions", null, bo).body()).isEqualTo("[]");

        var cancelled = http.send("DELETE", "/api/participant/activities/" + activity + "/booking", null, anna);
        assertThat(http.map(cancelled)).containsEntry("status", "CANCELLED");

        assertThat(mine(bo)).containsEntry("myStatus", "BOOKED");
        assertThat(mine(cecilia)).containsEntry("myStatus", "WAITLISTED").containsEntry("myPosition", 1);
        assertThat(http.list(http.send("GET", "/api/participant/group-promotions", null, bo)))
                .singleElement().satisfies(p -> assertThat(p).containsEntry("activityId", activity.toString()));
        assertThat(http.send("POST", "/api/participant/group-promotions/" + activity + "/seen", null, bo).status())
                .isEqualTo(204);
        assertThat(http.send("GET", "/api/participant/group-promotions", null, bo).body()).isEqualTo("[]");
    }

    @Test
    void signingUpTwiceKeepsOnePlaceAndTheSameKeyReplaysTheFirstAnswer() {
        UUID activity = groups.activity(coach, team.id(), 5);
        String anna = participant();
        String key = UUID.randomUUID().toString();
        var first = http.send(http.request("POST", "/api/participant/activities/" + activity + "/booking", null, anna, key));
        var replay = http.send(http.request("POST", "/api/participant/activities/" + activity + "/booking", null, anna, key));
        var again = http.signUp(activity, anna);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(http.map(again)).containsEntry("status", "BOOKED");
        assertThat(http.map(http.send("GET", "/api/activities/" + activity, null, coach.bearer())))
                .containsEntry("booked", 1);
    }

    @Test
    void signUpWithoutIdempotencyKeyIsA400() {
        UUID activity = groups.activity(coach, team.id(), 5);
        var r = http.send("POST", "/api/participant/activities/" + activity + "/booking", null, participant());
        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void signUpAfterTheWindowClosedIsA422() {
        var d = GroupFixtures.draft(5, List.of(new SessionDraft(null, people.today().plusDays(5), LocalTime.of(9, 0),
                LocalTime.of(10, 0))));
        var closed = new ActivityDraft(d.type(), d.title(), d.description(), d.place(), d.capacity(),
                people.today().minusDays(10), people.today().minusDays(1), d.sessions());
        UUID activity = new ActivityServiceCaller().create(closed);
        var r = http.signUp(activity, participant());
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("stängd");
    }

    @Test
    void withTheTeamRuleAnOverlappingBookingIsA409AndWithoutItAllowed() {
        var day = people.today().plusDays(4);
        UUID morning = groups.activity(coach, team.id(), 5,
                List.of(new SessionDraft(null, day, LocalTime.of(9, 0), LocalTime.of(11, 0))));
        UUID overlapping = groups.activity(coach, team.id(), 5,
                List.of(new SessionDraft(null, day, LocalTime.of(10, 30), LocalTime.of(12, 0))));
        UUID afternoon = groups.activity(coach, team.id(), 5,
                List.of(new SessionDraft(null, day, LocalTime.of(11, 0), LocalTime.of(12, 0))));
        String anna = participant();
        String bo = participant();
        StaffLogin lead = fixtures.teamLead(team);
        assertThat(http.send("PUT", "/api/teams/" + team.id() + "/group-rules",
                Map.of("noOverlappingBookings", true), lead.bearer()).status()).isEqualTo(200);

        assertThat(http.signUp(morning, anna).status()).isEqualTo(201);
        assertThat(http.signUp(overlapping, anna).status()).isEqualTo(409);
        assertThat(http.signUp(afternoon, anna).status()).as("back to back is no overlap").isEqualTo(201);

        http.send("PUT", "/api/teams/" + team.id() + "/group-rules", Map.of("noOverlappingBookings", false), lead.bearer());
        assertThat(http.signUp(morning, bo).status()).isEqualTo(201);
        assertThat(http.signUp(overlapping, bo).status()).isEqualTo(201);
    }

    @Test
    void underTheTeamRuleAPromotionPassesOverSomeoneWithAnOverlappingSeatWhoKeepsWaiting() {
        var day = people.today().plusDays(4);
        UUID full = groups.activity(coach, team.id(), 1,
                List.of(new SessionDraft(null, day, LocalTime.of(9, 0), LocalTime.of(11, 0))));
        UUID clashing = groups.activity(coach, team.id(), 5,
                List.of(new SessionDraft(null, day, LocalTime.of(10, 0), LocalTime.of(12, 0))));
        String anna = participant();
        String bo = participant();
        String cecilia = participant();
        StaffLogin lead = fixtures.teamLead(team);
        // Rule off: Bo takes a seat in the clashing group and waits first in line for the full one.
        assertThat(http.signUp(full, anna).status()).isEqualTo(201);
        assertThat(http.map(http.signUp(clashing, bo))).containsEntry("status", "BOOKED");
        assertThat(http.map(http.signUp(full, bo))).containsEntry("status", "WAITLISTED").containsEntry("position", 1);
        assertThat(http.map(http.signUp(full, cecilia))).containsEntry("status", "WAITLISTED").containsEntry("position", 2);
        assertThat(http.send("PUT", "/api/teams/" + team.id() + "/group-rules",
                Map.of("noOverlappingBookings", true), lead.bearer()).status()).isEqualTo(200);

        http.send("DELETE", "/api/participant/activities/" + full + "/booking", null, anna);

        assertThat(mine(cecilia, full)).containsEntry("myStatus", "BOOKED");
        assertThat(mine(bo, full)).as("passed over, still first in line").containsEntry("myStatus", "WAITLISTED")
                .containsEntry("myPosition", 1);

        // Once Bo gives the clashing seat back, the next freed seat is his.
        http.send("DELETE", "/api/participant/activities/" + clashing + "/booking", null, bo);
        http.send("DELETE", "/api/participant/activities/" + full + "/booking", null, cecilia);
        assertThat(mine(bo, full)).containsEntry("myStatus", "BOOKED");
    }

    @Test
    void someonePassedOverIsToldOnTheirHomeUntilSeenAndThenToldWhenTheSeatIsTheirs() {
        var day = people.today().plusDays(4);
        UUID full = groups.activity(coach, team.id(), 1,
                List.of(new SessionDraft(null, day, LocalTime.of(9, 0), LocalTime.of(11, 0))));
        UUID clashing = groups.activity(coach, team.id(), 5,
                List.of(new SessionDraft(null, day, LocalTime.of(10, 0), LocalTime.of(12, 0))));
        String anna = participant();
        String bo = participant();
        String cecilia = participant();
        assertThat(http.signUp(full, anna).status()).isEqualTo(201);
        assertThat(http.signUp(clashing, bo).status()).isEqualTo(201);
        assertThat(http.signUp(full, bo).status()).isEqualTo(201);
        assertThat(http.signUp(full, cecilia).status()).isEqualTo(201);
        assertThat(http.send("PUT", "/api/teams/" + team.id() + "/group-rules",
                Map.of("noOverlappingBookings", true), fixtures.teamLead(team).bearer()).status()).isEqualTo(200);

        http.send("DELETE", "/api/participant/activities/" + full + "/booking", null, anna);

        assertThat(http.list(http.send("GET", "/api/participant/group-promotions", null, bo))).singleElement()
                .satisfies(n -> assertThat(n).containsEntry("activityId", full.toString())
                        .containsEntry("outcome", "PASSED_OVER"));
        assertThat(http.list(http.send("GET", "/api/participant/group-promotions", null, cecilia))).singleElement()
                .satisfies(n -> assertThat(n).containsEntry("outcome", "PROMOTED"));
        assertThat(http.send("POST", "/api/participant/group-promotions/" + full + "/seen", null, bo).status())
                .isEqualTo(204);
        assertThat(http.send("GET", "/api/participant/group-promotions", null, bo).body()).isEqualTo("[]");

        http.send("DELETE", "/api/participant/activities/" + clashing + "/booking", null, bo);
        http.send("DELETE", "/api/participant/activities/" + full + "/booking", null, cecilia);
        assertThat(http.list(http.send("GET", "/api/participant/group-promotions", null, bo))).singleElement()
                .satisfies(n -> assertThat(n).containsEntry("outcome", "PROMOTED"));
    }

    @Test
    void withoutTheTeamRuleAPromotionIgnoresOverlaps() {
        var day = people.today().plusDays(4);
        UUID full = groups.activity(coach, team.id(), 1,
                List.of(new SessionDraft(null, day, LocalTime.of(9, 0), LocalTime.of(11, 0))));
        UUID clashing = groups.activity(coach, team.id(), 5,
                List.of(new SessionDraft(null, day, LocalTime.of(10, 0), LocalTime.of(12, 0))));
        String anna = participant();
        String bo = participant();
        assertThat(http.signUp(full, anna).status()).isEqualTo(201);
        assertThat(http.signUp(clashing, bo).status()).isEqualTo(201);
        assertThat(http.map(http.signUp(full, bo))).containsEntry("status", "WAITLISTED");

        http.send("DELETE", "/api/participant/activities/" + full + "/booking", null, anna);

        assertThat(mine(bo, full)).containsEntry("myStatus", "BOOKED");
    }

    @Test
    void aParticipantOfAnotherTeamGets404OnSignUp() {
        UUID activity = groups.activity(coach, team.id(), 5);
        TeamView other = fixtures.team(team.associationId());
        ParticipantView stranger = people.aParticipant().createdIn(other, fixtures.coach(other));
        assertThat(http.signUp(activity, sessions.startParticipantSession(stranger.id()).token()).status()).isEqualTo(404);
    }

    @Test
    void cancellingWithoutAPlaceIsA404() {
        UUID activity = groups.activity(coach, team.id(), 5);
        assertThat(http.send("DELETE", "/api/participant/activities/" + activity + "/booking", null, participant())
                .status()).isEqualTo(404);
    }

    private Map<String, Object> mine(String bearer) {
        return http.list(http.send("GET", "/api/participant/activities", null, bearer)).get(0);
    }

    private Map<String, Object> mine(String bearer, UUID activityId) {
        return http.list(http.send("GET", "/api/participant/activities", null, bearer)).stream()
                .filter(a -> activityId.toString().equals(a.get("id"))).findFirst().orElseThrow();
    }

    @Inject
    ActivityService activities;

    private final class ActivityServiceCaller {
        UUID create(ActivityDraft d) {
            return activities.create(ParticipantFixtures.actor(coach), team.id(), d).activity().id();
        }
    }
}
