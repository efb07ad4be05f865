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

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ProposalHttpTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    SessionService sessions;
    @Inject
    GroupHttp http;

    @Test
    void interestIsCountedOncePerPersonAndAStartedProposalInvitesThoseWhoRegistered() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        var proposed = http.send("POST", "/api/teams/" + team.id() + "/proposals", Map.of("type", "CREATIVE",
                "title", Map.of("sv", "Målargrupp", "en", "Painting group"), "threshold", 2), coach.bearer());
        assertThat(proposed.status()).isEqualTo(201);
        String id = (String) http.map(proposed).get("id");
        String anna = token(team, coach);
        String bo = token(team, coach);
        String cecilia = token(team, coach);
        http.send("PUT", "/api/participant/proposals/" + id + "/interest", null, anna);
        http.send("PUT", "/api/participant/proposals/" + id + "/interest", null, anna);
        assertThat(http.map(http.send("PUT", "/api/participant/proposals/" + id + "/interest", null, bo)))
                .containsEntry("interested", 2).containsEntry("mine", true);
        assertThat(http.list(http.send("GET", "/api/teams/" + team.id() + "/proposals", null, coach.bearer())))
                .singleElement().satisfies(p -> assertThat(p).containsEntry("interested", 2)
                        .containsEntry("thresholdReached", true));
        assertThat(http.map(http.send("DELETE", "/api/participant/proposals/" + id + "/interest", null, bo)))
                .containsEntry("interested", 1);
        http.send("PUT", "/api/participant/proposals/" + id + "/interest", null, bo);

        var started = http.send("POST", "/api/proposals/" + id + "/activity", Map.of("type", "CREATIVE",
                "title", Map.of("sv", "Målargrupp"), "place", "Ateljén", "capacity", 6,
                "sessions", List.of(Map.of("date", people.today().plusDays(3).toString(), "start", "13:00", "end", "15:00"))),
                coach.bearer());
        assertThat(started.status()).isEqualTo(201);
        String activity = (String) http.map(started).get("id");
        assertThat(http.list(http.send("GET", "/api/participant/proposals", null, anna)))
                .singleElement().satisfies(p -> assertThat(p).containsEntry("activityId", activity));
        assertThat(http.list(http.send("GET", "/api/participant/proposals", null, cecilia)))
                .as("not registered: no invitation, and the proposal is no longer open").isEmpty();
        assertThat(http.send("PUT", "/api/participant/proposals/" + id + "/interest", null, cecilia).status())
                .isEqualTo(409);
        assertThat(http.send("POST", "/api/proposals/" + id + "/activity", Map.of("type", "CREATIVE",
                "title", Map.of("sv", "Igen"), "place", "Ateljén", "capacity", 6, "sessions", List.of()), coach.bearer())
                .status()).isIn(400, 409);
    }

    @Test
    void aParticipantOfAnotherTeamCannotRegisterAndAZeroThresholdIsA400() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        assertThat(http.send("POST", "/api/teams/" + team.id() + "/proposals", Map.of("type", "FOREST",
                "title", Map.of("sv", "Skog"), "threshold", 0), coach.bearer()).body()).contains("\"field\":\"threshold\"");
        String id = (String) http.map(http.send("POST", "/api/teams/" + team.id() + "/proposals", Map.of("type", "FOREST",
                "title", Map.of("sv", "Skog"), "threshold", 3), coach.bearer())).get("id");
        TeamView other = fixtures.team(team.associationId());
        assertThat(http.send("PUT", "/api/participant/proposals/" + id + "/interest", null,
                token(other, fixtures.coach(other))).status()).isEqualTo(404);
    }

    private String token(TeamView team, StaffLogin coach) {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        return sessions.startParticipantSession(p.id()).token();
    }
}
