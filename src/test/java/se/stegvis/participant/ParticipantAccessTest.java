package se.stegvis.participant;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.security.SessionService;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every participant route that takes an id, tried by everyone who must not get through: another
 * team's coach (404, so existence is not revealed), an admin, a coordinator and another
 * participant (refused by role: 403).
 */
@MicronautTest(transactional = false)
class ParticipantAccessTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    SessionService sessions;

    TeamView team;
    StaffLogin coach;
    ParticipantView participant;

    @BeforeEach
    void setUp() {
        team = fixtures.team(fixtures.association());
        coach = fixtures.coach(team);
        participant = people.aParticipant().enrolledDaysAgo(20).createdBy(coach);
    }

    List<Function<UUID, MutableHttpRequest<?>>> idRoutes() {
        Map<String, Object> update = ParticipantApiTest.body("X", people.today().minusDays(5), null);
        update.put("version", 0);
        return List.of(
                id -> HttpRequest.GET("/api/participants/" + id),
                id -> HttpRequest.GET("/api/participants/" + id + "/background-history"),
                id -> HttpRequest.PUT("/api/participants/" + id, update),
                id -> HttpRequest.POST("/api/participants/" + id + "/exit",
                        Map.of("exitDate", people.today().toString(), "outcomes", List.of("WORK"))),
                id -> HttpRequest.PUT("/api/participants/" + id + "/coaches", Map.of("staffIds", List.of())),
                id -> HttpRequest.POST("/api/participants/" + id + "/invitations", Map.of()),
                id -> HttpRequest.POST("/api/participants/" + id + "/sessions/revoke", Map.of()));
    }

    int status(MutableHttpRequest<?> request, String authorization) {
        var e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(request.header("Authorization", authorization), String.class),
                request.getMethod() + " " + request.getPath());
        return e.getStatus().getCode();
    }

    @Test
    void coachOfOtherTeamGets404OnEveryIdRoute() {
        StaffLogin other = fixtures.coach(fixtures.team(team.associationId()));
        for (var route : idRoutes()) {
            assertThat(status(route.apply(participant.id()), other.bearer())).isEqualTo(404);
        }
    }

    @Test
    void teamLeadOfOtherTeamGets404OnEveryIdRoute() {
        StaffLogin other = fixtures.teamLead(fixtures.team(team.associationId()));
        for (var route : idRoutes()) {
            assertThat(status(route.apply(participant.id()), other.bearer())).isEqualTo(404);
        }
    }

    @Test
    void unknownIdGets404LikeAnotherTeamsParticipant() {
        for (var route : idRoutes()) {
            assertThat(status(route.apply(UUID.randomUUID()), coach.bearer())).isEqualTo(404);
        }
    }

    @Test
    void coordinatorAndAdminAreRefusedOnEveryIdRoute() {
        for (StaffLogin s : List.of(fixtures.coordinator(team.associationId()), fixtures.admin(team.associationId()))) {
            for (var route : idRoutes()) {
                assertThat(status(route.apply(participant.id()), s.bearer())).isIn(403, 404);
            }
        }
    }

    @Test
    void participantWhoIsSomeoneElseIsRefusedOnEveryIdRoute() {
        var someoneElse = people.aParticipant().createdBy(coach);
        String bearer = "Bearer " + sessions.startParticipantSession(someoneElse.id()).token();
        for (var route : idRoutes()) {
            assertThat(status(route.apply(participant.id()), bearer)).isIn(403, 404);
        }
        assertThat(status(HttpRequest.GET("/api/participants/" + someoneElse.id()), bearer)).isIn(403, 404);
    }

    @Test
    void teamRoutesRefuseOtherTeamsCoordinatorsAndParticipants() {
        StaffLogin other = fixtures.coach(fixtures.team(team.associationId()));
        String participantBearer = "Bearer " + sessions.startParticipantSession(participant.id()).token();
        Map<String, Object> create = ParticipantApiTest.body("Y", people.today().minusDays(5), null);
        for (var route : List.<Function<UUID, MutableHttpRequest<?>>>of(
                id -> HttpRequest.GET("/api/teams/" + id + "/participants"),
                id -> HttpRequest.POST("/api/teams/" + id + "/participants", create))) {
            assertThat(status(route.apply(team.id()), other.bearer())).isEqualTo(404);
            assertThat(status(route.apply(team.id()), fixtures.coordinator(team.associationId()).bearer())).isIn(403, 404);
            assertThat(status(route.apply(team.id()), fixtures.admin(team.associationId()).bearer())).isIn(403, 404);
            assertThat(status(route.apply(team.id()), participantBearer)).isIn(403, 404);
        }
    }

    @Test
    void anonymousCallersMustLogIn() {
        for (var route : idRoutes()) {
            var e = assertThrows(HttpClientResponseException.class,
                    () -> client.toBlocking().exchange(route.apply(participant.id()), String.class));
            assertThat(e.getStatus().getCode()).isEqualTo(401);
        }
    }
}
