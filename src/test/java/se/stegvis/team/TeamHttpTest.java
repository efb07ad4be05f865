package se.stegvis.team;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.support.Api;
import se.stegvis.support.Fixtures;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class TeamHttpTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    Fixtures fixtures;

    private Api api;
    private TeamView team;
    private TeamView sisterTeam;
    private TeamView foreignTeam;
    private Fixtures.StaffLogin admin;
    private Fixtures.StaffLogin foreignAdmin;

    @BeforeEach
    void twoAssociations() {
        api = new Api(client, json);
        Fixtures.TwoAssociations world = fixtures.twoAssociations();
        team = world.team();
        sisterTeam = world.sisterTeam();
        foreignTeam = world.foreignTeam();
        admin = world.admin();
        foreignAdmin = world.foreignAdmin();
    }

    @Test
    void adminAndCoordinatorListEveryTeamOfTheirAssociationOnly() {
        for (Fixtures.StaffLogin who : List.of(admin, fixtures.coordinator(team.associationId()))) {
            var reply = api.get("/api/teams", who);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(ids(reply.list())).containsExactlyInAnyOrder(team.id().toString(), sisterTeam.id().toString());
        }
    }

    @Test
    void coachListsOnlyTheirOwnTeams() {
        var reply = api.get("/api/teams", fixtures.coach(team));
        assertThat(ids(reply.list())).containsExactly(team.id().toString());
    }

    @Test
    void adminCreatesATeamWithDefaultGoalsAndTrialPeriod() {
        var reply = api.post("/api/teams", Map.of("name", "Samverkansteam Hedemora", "shortName", "Hedemora",
                "municipalities", List.of("Hedemora", "Säter")), admin);
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.map()).containsEntry("name", "Samverkansteam Hedemora").containsEntry("trialPeriodMonths", 2)
                .containsEntry("goalOutcomes", TeamService.DEFAULT_GOAL_OUTCOMES)
                .containsEntry("municipalities", List.of("Hedemora", "Säter"));
        assertThat(ids(api.get("/api/teams", admin).list())).contains((String) reply.map().get("id"));
        assertThat(ids(api.get("/api/teams", foreignAdmin).list())).doesNotContain((String) reply.map().get("id"));
    }

    @Test
    void coachAndCoordinatorMayNotCreateTeams() {
        var body = Map.of("name", "X-team", "shortName", "X", "municipalities", List.of("Avesta"));
        assertThat(api.post("/api/teams", body, fixtures.coach(team)).status()).isEqualTo(403);
        assertThat(api.post("/api/teams", body, fixtures.coordinator(team.associationId())).status()).isEqualTo(403);
    }

    @Test
    void invalidNewTeamIsProblemJsonWithFieldErrors() {
        var reply = api.post("/api/teams", Map.of("name", " ", "shortName", "Ok", "municipalities", List.of(),
                "trialPeriodMonths", 0), admin);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).contains("name", "municipalities", "trialPeriodMonths");
    }

    @Test
    void dropoutAndUnknownOutcomesCannotBeGoals() {
        var reply = api.post("/api/teams", Map.of("name", "Y-team", "shortName", "Y", "municipalities", List.of("Avesta"),
                "goalOutcomes", List.of("WORK", "DROPOUT", "LOTTERY_WIN")), admin);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.map()).containsEntry("code", "invalid-request");
        assertThat(fields(reply)).containsOnly("goalOutcomes");
        assertThat(reply.body()).contains("LOTTERY_WIN");
    }

    @Test
    void teamIsVisibleToItsAssociationsAdminAndCoordinatorAndToItsMembers() {
        String path = "/api/teams/" + team.id();
        assertThat(api.get(path, admin).status()).isEqualTo(200);
        assertThat(api.get(path, fixtures.coordinator(team.associationId())).status()).isEqualTo(200);
        assertThat(api.get(path, fixtures.coach(team)).status()).isEqualTo(200);
        assertThat(api.get(path, fixtures.teamLead(team)).map()).containsEntry("id", team.id().toString());
    }

    @Test
    void adminOfAnotherAssociationGets404ForATeam() {
        assertThat(api.get("/api/teams/" + team.id(), foreignAdmin).status()).isEqualTo(404);
        assertThat(api.put("/api/teams/" + team.id() + "/settings", settings(List.of("WORK"), 3), foreignAdmin).status())
                .isEqualTo(404);
    }

    @Test
    void coachOfAnotherTeamGets404AndTeamLeadOfAnotherTeamToo() {
        assertThat(api.get("/api/teams/" + team.id(), fixtures.coach(sisterTeam)).status()).isEqualTo(404);
        assertThat(api.get("/api/teams/" + team.id(), fixtures.coach(foreignTeam)).status()).isEqualTo(404);
        assertThat(api.put("/api/teams/" + team.id() + "/settings", settings(List.of("WORK"), 3),
                fixtures.teamLead(sisterTeam)).status()).isEqualTo(404);
    }

    @Test
    void unknownTeamIs404() {
        assertThat(api.get("/api/teams/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
    }

    @Test
    void teamLeadOfTheTeamChangesItsSettings() {
        var reply = api.put("/api/teams/" + team.id() + "/settings",
                settings(List.of("WORK", "STUDIES", "MEDICAL_REHAB", "WORK"), 3), fixtures.teamLead(team));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.map()).containsEntry("goalOutcomes", List.of("WORK", "STUDIES", "MEDICAL_REHAB"))
                .containsEntry("trialPeriodMonths", 3).containsEntry("municipalities", List.of("Avesta", "Fagersta"));
        assertThat(api.get("/api/teams/" + team.id(), admin).map()).containsEntry("trialPeriodMonths", 3);
    }

    @Test
    void coachMayNotChangeSettingsEvenOfTheirOwnTeam() {
        assertThat(api.put("/api/teams/" + team.id() + "/settings", settings(List.of("WORK"), 3), fixtures.coach(team))
                .status()).isEqualTo(403);
    }

    @Test
    void settingsNeverCountDropoutAsAGoal() {
        var reply = api.put("/api/teams/" + team.id() + "/settings", settings(List.of("DROPOUT"), 2), admin);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).containsOnly("goalOutcomes");
    }

    @Test
    void invalidSettingsAreProblemJsonWithFieldErrors() {
        var reply = api.put("/api/teams/" + team.id() + "/settings", Map.of("goalOutcomes", List.of(),
                "trialPeriodMonths", 99, "municipalities", List.of("Avesta")), admin);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).contains("goalOutcomes", "trialPeriodMonths");
    }

    @Test
    void anonymousCallersMustLogIn() {
        assertThat(api.get("/api/teams", null).status()).isEqualTo(401);
        assertThat(api.get("/api/teams/" + team.id(), null).status()).isEqualTo(401);
    }

    private static Map<String, Object> settings(List<String> goals, int trial) {
        return Map.of("goalOutcomes", goals, "trialPeriodMonths", trial, "municipalities", List.of("Avesta", "Fagersta"));
    }

    private static List<String> ids(List<Map<String, Object>> items) {
        return items.stream().map(m -> (String) m.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Api.Reply reply) {
        return ((List<Map<String, Object>>) reply.map().get("errors")).stream().map(m -> (String) m.get("field")).toList();
    }
}
