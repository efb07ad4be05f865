package se.stegvis.privacy;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.Outcome;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.support.Api;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.SqlReads;
import se.stegvis.support.TestClock;
import se.stegvis.team.TeamView;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The association's retention over HTTP: who reads and changes it, its rules, and running the job now. */
@MicronautTest(transactional = false)
class RetentionHttpTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    SqlReads sql;
    @Inject
    TestClock clock;
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;

    Api api;
    UUID association;
    TeamView team;
    StaffLogin admin;

    @BeforeEach
    void anAssociation() {
        api = new Api(client, json);
        association = fixtures.association();
        team = fixtures.team(association);
        admin = fixtures.admin(association);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String path() {
        return "/api/associations/" + association + "/retention";
    }

    @Test
    void theDefaultsAreTwoYearsAfterExitAndFiveYearsOfAuditForAdminAndDataProtectionOfficer() {
        for (StaffLogin who : new StaffLogin[]{admin, fixtures.dataProtectionOfficer(association)}) {
            Api.Reply r = api.get(path(), who);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.map()).containsEntry("defaults", true).containsEntry("due", 0).containsEntry("stalledWithoutExit", 0)
                    .containsEntry("settings", Map.of("identifiedMonthsAfterExit", 24, "auditMonths", 60));
            assertThat(r.map().get("lastRun")).isNull();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminShortensRetentionAndRunsTheJobNowAuditedBoth() {
        StaffLogin coach = fixtures.coach(team);
        ParticipantView p = people.aParticipant().enrolledDaysAgo(100).createdIn(team, coach);
        people.exit(coach, p.id(), people.today().minusDays(10), Outcome.WORK);
        ParticipantView stalled = people.aParticipant().enrolledDaysAgo(30).createdIn(team, coach);

        Api.Reply changed = api.put(path(), Map.of("identifiedMonthsAfterExit", 12, "auditMonths", 36), admin);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.map()).containsEntry("defaults", false).containsEntry("due", 0)
                .containsEntry("stalledWithoutExit", 0);
        clock.advance(Duration.ofDays(400));
        admin = fixtures.admin(association);
        assertThat(api.get(path(), admin).map()).containsEntry("due", 1)
                .as("enrolled 430 days ago and no exit: never due, so the admin is told").containsEntry("stalledWithoutExit", 1);

        Api.Reply ran = api.post(path() + "/run", null, admin);

        assertThat(ran.status()).as(ran.body()).isEqualTo(200);
        assertThat(ran.map()).containsEntry("due", 0);
        assertThat((Map<String, Object>) ran.map().get("lastRun")).containsEntry("anonymised", 1).containsEntry("failed", 0);
        assertThat(sql.count("SELECT COUNT(*) FROM participant WHERE id = ?", p.id().toString())).isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM participant WHERE id = ?", stalled.id().toString())).isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_event WHERE action IN (?, ?) AND detail IS NOT NULL "
                + "AND actor_id IN (SELECT id FROM staff WHERE association_id = ?)", RetentionService.CHANGED,
                RetentionService.RUN, association.toString())).isEqualTo(2);
    }

    @Test
    void settingsOutsideTheRulesAre400WithOneProblemPerFieldAndChangeNothing() {
        Api.Reply r = api.send(io.micronaut.http.HttpRequest.PUT(path(), Map.of("identifiedMonthsAfterExit", 0,
                "auditMonths", 6)).header("Accept-Language", "sv"), admin);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("identifiedMonthsAfterExit").contains("auditMonths")
                .contains("mellan 1 och 120");
        Api.Reply shorter = api.put(path(), Map.of("identifiedMonthsAfterExit", 36, "auditMonths", 24), admin);
        assertThat(shorter.status()).isEqualTo(400);
        assertThat(shorter.body()).contains("auditMonths");
        assertThat(sql.count("SELECT COUNT(*) FROM retention_settings WHERE association_id = ?",
                association.toString())).isZero();
    }

    @Test
    void othersGet403OrTheSameNotFoundAsForAnUnknownAssociation() {
        StaffLogin dpo = fixtures.dataProtectionOfficer(association);
        Map<String, Integer> body = Map.of("identifiedMonthsAfterExit", 12, "auditMonths", 36);
        assertThat(api.put(path(), body, dpo).status()).as("the DPO reads, does not change").isEqualTo(403);
        assertThat(api.post(path() + "/run", null, dpo).status()).isEqualTo(403);
        assertThat(api.get(path(), fixtures.coordinator(association)).status()).isEqualTo(403);
        assertThat(api.get(path(), fixtures.teamLead(team)).status()).isEqualTo(403);
        assertThat(api.get(path(), fixtures.coach(team)).status()).isEqualTo(403);
        StaffLogin otherAdmin = fixtures.admin(fixtures.association());
        assertThat(api.get(path(), otherAdmin).status()).as("another association's admin").isEqualTo(404);
        assertThat(api.put(path(), body, otherAdmin).status()).isEqualTo(404);
        assertThat(api.post(path() + "/run", null, otherAdmin).status()).isEqualTo(404);
        assertThat(api.get("/api/associations/" + UUID.randomUUID() + "/retention", admin).status()).isEqualTo(404);
        assertThat(api.get(path(), null).status()).isEqualTo(401);
    }
}
