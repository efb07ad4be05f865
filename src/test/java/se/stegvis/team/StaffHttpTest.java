package se.stegvis.team;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.security.LoginService;
import se.stegvis.security.Role;
import se.stegvis.security.Throttle;
import se.stegvis.security.Totp;
import se.stegvis.support.Api;
import se.stegvis.support.Fixtures;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class StaffHttpTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    Fixtures fixtures;
    @Inject
    Throttle throttle;

    private Api api;
    private TeamView team;
    private TeamView sisterTeam;
    private TeamView foreignTeam;
    private Fixtures.StaffLogin admin;
    private Fixtures.StaffLogin foreignAdmin;

    @BeforeEach
    void twoAssociations() {
        api = new Api(client, json);
        throttle.reset(LoginService.addressBucket("127.0.0.1"));
        Fixtures.TwoAssociations world = fixtures.twoAssociations();
        team = world.team();
        sisterTeam = world.sisterTeam();
        foreignTeam = world.foreignTeam();
        admin = world.admin();
        foreignAdmin = world.foreignAdmin();
    }

    @Test
    void adminCreatesACoachWhoLogsInWithTheSecretShownOnce() {
        String username = fixtures.unique("karin.coach");
        var reply = api.post("/api/staff", newStaff(username, "COACH", Fixtures.PASSWORD, team.id()), admin);
        assertThat(reply.status()).isEqualTo(201);
        @SuppressWarnings("unchecked")
        var staff = (Map<String, Object>) reply.map().get("staff");
        assertThat(staff).containsEntry("username", username).containsEntry("role", "COACH")
                .containsEntry("teamIds", List.of(team.id().toString())).containsEntry("active", true);
        String secret = (String) reply.map().get("totpSecret");
        assertThat((String) reply.map().get("otpauthUri")).startsWith("otpauth://totp/Stegvis:").contains("secret=" + secret);

        var login = api.post("/api/auth/login", Map.of("username", username, "password", Fixtures.PASSWORD,
                "totp", Totp.code(secret, Totp.stepAt(Instant.now()))), null);
        assertThat(login.status()).isEqualTo(200);
        // Shown once: reading the member later never reveals the secret.
        String id = (String) staff.get("id");
        assertThat(api.get("/api/staff/" + id, admin).body()).doesNotContain(secret).doesNotContain("totp");
    }

    @Test
    void duplicateUsernameIsAConflict() {
        String username = fixtures.unique("dubbel");
        assertThat(api.post("/api/staff", newStaff(username, "COORDINATOR", Fixtures.PASSWORD), admin).status()).isEqualTo(201);
        var again = api.post("/api/staff", newStaff(username, "COORDINATOR", Fixtures.PASSWORD), foreignAdmin);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.map()).containsEntry("code", "staff.username-taken");
    }

    @Test
    void shortPasswordIsAFieldError() {
        var reply = api.post("/api/staff", newStaff(fixtures.unique("kort"), "COACH", "elva tecken", team.id()), admin);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.map()).containsEntry("code", "invalid-request");
        assertThat(fields(reply)).containsExactly("password");
        assertThat(reply.body()).contains("12");
    }

    @Test
    void participantRoleAndCoachWithoutTeamAreFieldErrors() {
        var participant = api.post("/api/staff", newStaff(fixtures.unique("p"), "PARTICIPANT", Fixtures.PASSWORD), admin);
        assertThat(participant.status()).isEqualTo(400);
        assertThat(fields(participant)).containsExactly("role");
        var teamless = api.post("/api/staff", newStaff(fixtures.unique("c"), "TEAM_LEAD", Fixtures.PASSWORD), admin);
        assertThat(teamless.status()).isEqualTo(400);
        assertThat(fields(teamless)).containsExactly("teamIds");
    }

    @Test
    void blankFieldsAreProblemJsonWithFieldErrors() {
        var reply = api.post("/api/staff", Map.of("username", "", "displayName", "", "password", Fixtures.PASSWORD), admin);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).contains("username", "displayName", "role");
    }

    @Test
    void teamsOfAnotherAssociationCannotBeAssigned() {
        var reply = api.post("/api/staff", newStaff(fixtures.unique("c"), "COACH", Fixtures.PASSWORD, foreignTeam.id()), admin);
        assertThat(reply.status()).isEqualTo(404);
        var member = fixtures.coach(team);
        assertThat(api.put("/api/staff/" + member.id() + "/teams", Map.of("teamIds", List.of(foreignTeam.id())), admin)
                .status()).isEqualTo(404);
    }

    @Test
    void onlyAdminsManageStaff() {
        var coach = fixtures.coach(team);
        var coordinator = fixtures.coordinator(team.associationId());
        var lead = fixtures.teamLead(team);
        for (Fixtures.StaffLogin who : List.of(coach, coordinator, lead)) {
            assertThat(api.get("/api/staff", who).status()).isEqualTo(403);
            assertThat(api.get("/api/staff/" + coach.id(), who).status()).isEqualTo(403);
            assertThat(api.post("/api/staff", newStaff(fixtures.unique("x"), "COORDINATOR", Fixtures.PASSWORD), who).status())
                    .isEqualTo(403);
            assertThat(api.put("/api/staff/" + coach.id() + "/teams", Map.of("teamIds", List.of(team.id())), who).status())
                    .isEqualTo(403);
            assertThat(api.post("/api/staff/" + coach.id() + "/deactivate", null, who).status()).isEqualTo(403);
        }
    }

    @Test
    void adminListsTheStaffOfTheirAssociationOnly() {
        var coach = fixtures.coach(team);
        var foreignCoach = fixtures.coach(foreignTeam);
        var ids = api.get("/api/staff", admin).list().stream().map(m -> m.get("id")).toList();
        assertThat(ids).contains(coach.id().toString(), admin.id().toString()).doesNotContain(foreignCoach.id().toString());
    }

    @Test
    void adminOfAnotherAssociationGets404ForEveryStaffRoute() {
        var coach = fixtures.coach(team);
        String path = "/api/staff/" + coach.id();
        assertThat(api.get(path, foreignAdmin).status()).isEqualTo(404);
        assertThat(api.put(path + "/teams", Map.of("teamIds", List.of(foreignTeam.id())), foreignAdmin).status()).isEqualTo(404);
        assertThat(api.post(path + "/deactivate", null, foreignAdmin).status()).isEqualTo(404);
        assertThat(api.get(path, admin).status()).isEqualTo(200);
        assertThat(api.get("/api/staff/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
    }

    @Test
    void adminReplacesTheTeamsOfAMember() {
        var coach = fixtures.coach(team);
        var reply = api.put("/api/staff/" + coach.id() + "/teams", Map.of("teamIds", List.of(sisterTeam.id())), admin);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.map()).containsEntry("teamIds", List.of(sisterTeam.id().toString()));
        assertThat(api.get("/api/teams/" + team.id(), coach).status()).isEqualTo(404);
        assertThat(api.get("/api/teams/" + sisterTeam.id(), coach).status()).isEqualTo(200);
        var empty = api.put("/api/staff/" + coach.id() + "/teams", Map.of("teamIds", List.of()), admin);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fields(empty)).containsExactly("teamIds");
    }

    @Test
    void deactivationStopsTheMembersTokensOnTheVeryNextRequest() {
        var coach = fixtures.coach(team);
        assertThat(api.get("/api/staff/me", coach).status()).isEqualTo(200);

        var reply = api.post("/api/staff/" + coach.id() + "/deactivate", null, admin);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.map()).containsEntry("active", false);

        assertThat(api.get("/api/staff/me", coach).status()).isEqualTo(401);
        assertThat(api.get("/api/teams", coach).status()).isEqualTo(401);
        var refresh = api.send(HttpRequest.POST("/api/auth/refresh", Map.of("refreshToken", coach.refreshToken())), null);
        assertThat(refresh.status()).isEqualTo(401);
    }

    @Test
    void adminCannotDeactivateThemselves() {
        var reply = api.post("/api/staff/" + admin.id() + "/deactivate", null, admin);
        assertThat(reply.status()).isEqualTo(422);
        assertThat(api.get("/api/staff/me", admin).status()).isEqualTo(200);
    }

    @Test
    void everyStaffRoleSeesTheirOwnProfileWithTeams() {
        var coach = fixtures.loggedIn(team.associationId(), Role.COACH, team, sisterTeam);
        var me = api.get("/api/staff/me", coach);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.map()).containsEntry("id", coach.id().toString()).containsEntry("role", "COACH")
                .containsEntry("associationId", team.associationId().toString());
        assertThat(me.body()).contains(team.name(), sisterTeam.name()).doesNotContain("password").doesNotContain("totp");
        var coordinator = api.get("/api/staff/me", fixtures.coordinator(team.associationId()));
        assertThat(coordinator.map()).containsEntry("teams", List.of());
        assertThat(api.get("/api/staff/me", null).status()).isEqualTo(401);
    }

    private static Map<String, Object> newStaff(String username, String role, String password, UUID... teams) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "Karin Lindqvist");
        body.put("role", role);
        body.put("password", password);
        body.put("teamIds", List.of(teams));
        return body;
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Api.Reply reply) {
        return ((List<Map<String, Object>>) reply.map().get("errors")).stream().map(m -> (String) m.get("field")).toList();
    }
}
