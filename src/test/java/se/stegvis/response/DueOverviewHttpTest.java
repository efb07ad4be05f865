package se.stegvis.response;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.SessionService;
import se.stegvis.support.Api;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.StatementCounter;
import se.stegvis.support.StatementCounter.Counts;
import se.stegvis.team.TeamView;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class DueOverviewHttpTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    DueService due;
    @Inject
    SessionService sessions;
    @Inject
    AnswerWorld world;
    @Inject
    StatementCounter counter;

    Api api;
    TeamView team;
    StaffLogin coach;
    StaffLogin otherCoach;
    StaffLogin lead;

    @BeforeEach
    void aTeamWithTwoCoachesAndALead() {
        api = new Api(client, json);
        team = fixtures.team(fixtures.association());
        coach = fixtures.coach(team);
        otherCoach = fixtures.coach(team);
        lead = fixtures.teamLead(team);
    }

    @Test
    void coachSeesOnlyTheParticipantsAssignedToThemWithWhoAnsweredWhat() {
        ParticipantView answeredBoth = people.aParticipant().named("Alva B.").enrolledDaysAgo(3).createdIn(team, coach);
        ParticipantView late = people.aParticipant().named("Bo C.").enrolledDaysAgo(40).createdIn(team, coach);
        ParticipantView notMine = people.aParticipant().named("Cim D.").enrolledDaysAgo(3).createdIn(team, otherCoach);
        api.post("/api/participants/" + answeredBoth.id() + "/due", Map.of("instrumentCode", "ORS"), coach);
        due.markAnswered(answeredBoth.id(), "ORS", false);
        due.markAnswered(answeredBoth.id(), "INDICATOR_START", true);

        Api.Reply reply = api.get("/api/teams/" + team.id() + "/due-overview", coach);

        assertThat(reply.status()).isEqualTo(200);
        List<Map<String, Object>> rows = reply.list();
        assertThat(rows).extracting(r -> r.get("displayName")).containsExactly("Alva B.", "Bo C.");
        assertThat(reply.body()).doesNotContain(notMine.id().toString());
        List<Map<String, Object>> alva = items(rows.get(0));
        assertThat(alva).filteredOn(i -> "ORS".equals(i.get("instrumentCode")) && "ANSWERED".equals(i.get("status")))
                .singleElement().satisfies(i -> {
                    assertThat(i.get("answeredOn")).isEqualTo(people.today().toString());
                    assertThat(i.get("anonymous")).isEqualTo(false);
                    assertThat(((Map<?, ?>) i.get("title")).get("sv")).isNotNull();
                });
        assertThat(alva).filteredOn(i -> "INDICATOR_START".equals(i.get("instrumentCode"))).singleElement()
                .satisfies(i -> {
                    assertThat(i.get("status")).isEqualTo("ANSWERED");
                    assertThat(i.get("anonymous")).isEqualTo(true);
                    assertThat(i.get("answeredOn")).as("anonymous: only that, never when").isNull();
                });
        assertThat(items(rows.get(1))).filteredOn(i -> "INDICATOR_START".equals(i.get("instrumentCode")))
                .singleElement().satisfies(i -> {
                    assertThat(i.get("status")).isEqualTo("OVERDUE");
                    assertThat(i.get("dueDate")).isEqualTo(late.details().path().enrolmentDate().toString());
                });
    }

    @Test
    void teamLeadSeesTheWholeTeam() {
        people.aParticipant().named("Alva B.").enrolledDaysAgo(3).createdIn(team, coach);
        people.aParticipant().named("Cim D.").enrolledDaysAgo(3).createdIn(team, otherCoach);
        TeamView sister = fixtures.team(team.associationId());
        people.aParticipant().named("Dan E.").enrolledDaysAgo(3).createdIn(sister, fixtures.coach(sister));

        assertThat(api.get("/api/teams/" + team.id() + "/due-overview", lead).list())
                .extracting(r -> r.get("displayName")).containsExactly("Alva B.", "Cim D.");
    }

    @Test
    void coachOfAnotherTeamGets404AndOtherRolesGet403() {
        people.aParticipant().enrolledDaysAgo(3).createdIn(team, coach);
        TeamView sister = fixtures.team(team.associationId());
        String path = "/api/teams/" + team.id() + "/due-overview";
        assertThat(api.get(path, fixtures.coach(sister)).status()).isEqualTo(404);
        assertThat(api.get(path, fixtures.teamLead(sister)).status()).isEqualTo(404);
        assertThat(api.get(path, fixtures.admin(team.associationId())).status()).isEqualTo(403);
        assertThat(api.get(path, fixtures.coordinator(team.associationId())).status()).isEqualTo(403);
    }

    @Test
    void everyListedParticipantGetsAnAuditRow() {
        ParticipantView a = people.aParticipant().enrolledDaysAgo(3).createdIn(team, coach);
        ParticipantView b = people.aParticipant().enrolledDaysAgo(3).createdIn(team, otherCoach);
        api.get("/api/teams/" + team.id() + "/due-overview", lead);
        for (ParticipantView p : List.of(a, b)) {
            assertThat(world.count("SELECT COUNT(*) FROM audit_event WHERE action = ? AND participant_id = ? "
                    + "AND actor_id = ?", DueOverviewService.OVERVIEW_READ, p.id().toString(), lead.id().toString()))
                    .isEqualTo(1);
        }
    }

    @Test
    void theNumberOfSqlStatementsDoesNotGrowWithTheTeam() {
        TeamView small = fixtures.team(fixtures.association());
        StaffLogin smallLead = fixtures.teamLead(small);
        people.aParticipant().enrolledDaysAgo(100).createdIn(small, smallLead);
        StaffLogin bigLead = fixtures.teamLead(team);
        IntStream.range(0, 12).forEach(n -> people.aParticipant().named("P" + n).enrolledDaysAgo(100 + n)
                .createdIn(team, bigLead));
        api.get("/api/teams/" + small.id() + "/due-overview", smallLead); // warm caches on both sides alike
        api.get("/api/teams/" + team.id() + "/due-overview", bigLead);

        Counts forOne = counter.countAll(() ->
                assertThat(api.get("/api/teams/" + small.id() + "/due-overview", smallLead).list()).hasSize(1));
        Counts forTwelve = counter.countAll(() ->
                assertThat(api.get("/api/teams/" + team.id() + "/due-overview", bigLead).list()).hasSize(12));

        assertThat(reads(forOne)).as("reads for a team of one: %s", forOne).isNotEmpty();
        assertThat(reads(forTwelve)).as("reads for a team of twelve: %s", forTwelve).isEqualTo(reads(forOne));
        assertThat(forTwelve.shapes()).filteredOn(s -> s.contains("due_item")).hasSize(1);
        // Audit: one row per participant ("who has seen my data"), all in one multi-row insert;
        // nothing else is written.
        assertThat(forTwelve.writes()).as(forTwelve.toString()).singleElement().satisfies(s -> {
            assertThat(s).contains("INSERT INTO audit_event");
            assertThat(s.split("\\(\\?, \\?, \\?, \\?, \\?, \\?, \\?\\)", -1)).hasSize(12 + 1);
        });
        assertThat(forOne.writes()).as(forOne.toString()).singleElement()
                .satisfies(s -> assertThat(s).contains("INSERT INTO audit_event"));
    }

    /** The reads' shapes, an IN list of any length as one. */
    private static List<String> reads(Counts counts) {
        return counts.reads().stream().map(s -> s.replaceAll("IN \\(\\?(, ?\\?)*\\)", "IN (…)")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> row) {
        return (List<Map<String, Object>>) row.get("items");
    }
}
