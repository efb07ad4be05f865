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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ActivityHttpTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    SessionService sessions;
    @Inject
    GroupHttp http;

    TeamView team;
    StaffLogin coach;

    @BeforeEach
    void aTeamWithACoach() {
        team = fixtures.team(fixtures.association());
        coach = fixtures.coach(team);
    }

    private Map<String, Object> body(int capacity) {
        LocalDate d = people.today().plusDays(3);
        return Map.of("type", "BREAKFAST_CLUB",
                "title", Map.of("sv", "Frukostklubben", "en", "Breakfast club", "ar", "نادي الفطور"),
                "description", Map.of("sv", "Vi äter frukost tillsammans; alla är välkomna."),
                "place", "Träffpunkten", "capacity", capacity,
                "sessions", List.of(Map.of("date", d.toString(), "start", "09:00", "end", "10:30")));
    }

    @Test
    void coachCreatesAnActivityAndAParticipantOfTheTeamListsIt() {
        var created = http.send("POST", "/api/teams/" + team.id() + "/activities", body(8), coach.bearer());
        assertThat(created.status()).isEqualTo(201);
        assertThat(http.map(created)).containsEntry("type", "BREAKFAST_CLUB").containsEntry("capacity", 8)
                .containsEntry("booked", 0);

        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        var listed = http.send("GET", "/api/participant/activities", null, sessions.startParticipantSession(p.id()).token());
        assertThat(listed.status()).isEqualTo(200);
        assertThat(http.list(listed)).singleElement().satisfies(a -> {
            assertThat(a).containsEntry("seatsLeft", 8).containsEntry("myPosition", 0);
            assertThat(a.get("title")).isEqualTo(Map.of("sv", "Frukostklubben", "en", "Breakfast club", "ar", "نادي الفطور"));
        });
    }

    @Test
    void participantOfAnotherTeamDoesNotSeeTheActivity() {
        http.send("POST", "/api/teams/" + team.id() + "/activities", body(8), coach.bearer());
        TeamView other = fixtures.team(team.associationId());
        StaffLogin otherCoach = fixtures.coach(other);
        ParticipantView stranger = people.aParticipant().createdIn(other, otherCoach);
        var listed = http.send("GET", "/api/participant/activities", null,
                sessions.startParticipantSession(stranger.id()).token());
        assertThat(http.list(listed)).isEmpty();
    }

    @Test
    void coachOfAnotherTeamGets404OnTheActivity() {
        String id = (String) http.map(http.send("POST", "/api/teams/" + team.id() + "/activities", body(8),
                coach.bearer())).get("id");
        StaffLogin stranger = fixtures.coach(fixtures.team(team.associationId()));
        assertThat(http.send("GET", "/api/activities/" + id, null, stranger.bearer()).status()).isEqualTo(404);
        assertThat(http.send("PUT", "/api/activities/" + id, body(3), stranger.bearer()).status()).isEqualTo(404);
    }

    @Test
    void anActivityWithoutSwedishTitleOrWithASessionEndingBeforeItStartsIsA400NamingTheFields() {
        Map<String, Object> bad = new java.util.HashMap<>(body(0));
        bad.put("title", Map.of("en", "Breakfast"));
        bad.put("sessions", List.of(Map.of("date", "2030-01-01", "start", "10:00", "end", "09:00")));
        var r = http.send("POST", "/api/teams/" + team.id() + "/activities", bad, coach.bearer());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"title.sv\"").contains("\"field\":\"capacity\"")
                .contains("\"field\":\"sessions[0].end\"");
    }

    @Test
    void editingReplacesTextsAndRefusesACapacityBelowTheSeatsTaken() {
        String id = (String) http.map(http.send("POST", "/api/teams/" + team.id() + "/activities", body(3),
                coach.bearer())).get("id");
        for (int i = 0; i < 2; i++) {
            ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
            assertThat(http.signUp(java.util.UUID.fromString(id), sessions.startParticipantSession(p.id()).token())
                    .status()).isEqualTo(201);
        }
        var tooSmall = http.send("PUT", "/api/activities/" + id, body(1), coach.bearer());
        assertThat(tooSmall.status()).isEqualTo(400);
        assertThat(tooSmall.body()).contains("\"field\":\"capacity\"");

        Map<String, Object> renamed = new java.util.HashMap<>(body(2));
        renamed.put("place", "Biblioteket");
        var ok = http.send("PUT", "/api/activities/" + id, renamed, fixtures.teamLead(team).bearer());
        assertThat(ok.status()).isEqualTo(200);
        assertThat(http.map(ok)).containsEntry("place", "Biblioteket").containsEntry("booked", 2);
    }
}
