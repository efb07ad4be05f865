package se.stegvis.privacy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.group.GroupFixtures;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.report.ReportPeriod;
import se.stegvis.security.SessionService;
import se.stegvis.shared.IdempotencyService;
import se.stegvis.support.Api;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.SqlReads;
import se.stegvis.team.TeamView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Erasure on request (issue 9 part 3, ADR 0011): a team lead, a reason, the retention job's own path. */
@MicronautTest(transactional = false)
class ErasureHttpTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    GroupFixtures groups;
    @Inject
    RetentionWorld world;
    @Inject
    SqlReads sql;
    @Inject
    SessionService sessions;
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;

    Api api;
    TeamView team;
    StaffLogin coach;
    StaffLogin lead;
    UUID activity;

    @BeforeEach
    void aTeam() {
        api = new Api(client, json);
        team = fixtures.team(fixtures.association());
        coach = fixtures.coach(team);
        lead = fixtures.teamLead(team);
        activity = groups.activityMeeting(coach, team.id(), 10, -7, 0);
    }

    private Api.Reply erase(UUID participantId, Object body, String key, StaffLogin as) {
        MutableHttpRequest<Object> request = HttpRequest.POST("/api/participants/" + participantId + "/erasure", body)
                .header("Accept-Language", "sv");
        if (key != null) {
            request.header(IdempotencyService.HEADER, key);
        }
        return api.send(request, as);
    }

    private static Map<String, String> because(String reason) {
        return Map.of("reason", reason);
    }

    @Test
    void aTeamLeadErasesAnExitedParticipantTheFiguresStayAndARetryGetsTheSameAnswer() {
        ParticipantView p = world.everything(team, coach, "Radera Rask", true, 5, activity);
        ParticipantView stays = world.everything(team, coach, "Kvar Kvist", false, 5, activity);
        world.allPresent(coach, activity, List.of(p, stays));
        StaffLogin coordinator = fixtures.coordinator(team.associationId());
        LocalDate today = people.today();
        List<ReportPeriod> periods = List.of(ReportPeriod.year(today.getYear()), ReportPeriod.half(today.getYear(),
                today.getMonthValue() <= 6 ? 1 : 2));
        String before = world.figures(coordinator, team.associationId(), List.of(team.id()), periods);
        Map<String, Long> othersRows = world.rowsAbout(stays.id());
        String key = UUID.randomUUID().toString();

        Api.Reply erased = erase(p.id(), because("Begäran om radering enligt art. 17, mottagen 2026-11-20"), key, lead);

        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.map()).containsEntry("erasedOn", today.toString());
        assertThat(world.rowsAbout(p.id())).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(world.rowsAbout(stays.id())).isEqualTo(othersRows);
        assertThat(world.figures(coordinator, team.associationId(), List.of(team.id()), periods)).isEqualTo(before);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_event WHERE action = ? AND actor_id = ? AND participant_id = ? "
                + "AND detail LIKE '%art. 17%'", ErasureService.ERASED, lead.id().toString(), p.id().toString()))
                .isEqualTo(1);
        assertThat(api.get("/api/participants/" + p.id(), lead).status()).isEqualTo(404);

        Api.Reply retry = erase(p.id(), because("Begäran om radering enligt art. 17, mottagen 2026-11-20"), key, lead);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(erased.body());
        assertThat(erase(p.id(), because("En gång till, ny nyckel"), UUID.randomUUID().toString(), lead).status())
                .as("the id finds nothing any more").isEqualTo(404);
    }

    @Test
    void aParticipantStillOnTheirPathIsNotErasedUntilTheExitIsRegistered() {
        ParticipantView p = people.aParticipant().named("Aktiv Andersson").enrolledDaysAgo(30).createdIn(team, coach);
        Map<String, Long> rows = world.rowsAbout(p.id());

        Api.Reply r = erase(p.id(), because("Vill inte längre vara med"), UUID.randomUUID().toString(), lead);

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.body()).contains("Registrera avslutet först");
        assertThat(world.rowsAbout(p.id())).isEqualTo(rows);
    }

    @Test
    void aCoachAParticipantAndALeadOfAnotherTeamCannotErase() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(30).createdIn(team, coach);
        people.exit(coach, p.id(), people.today().minusDays(1), se.stegvis.participant.Outcome.WORK);
        StaffLogin otherLead = fixtures.teamLead(fixtures.team(team.associationId()));

        assertThat(erase(p.id(), because("Begäran om radering"), UUID.randomUUID().toString(), coach).status())
                .as("coach").isEqualTo(403);
        assertThat(erase(p.id(), because("Begäran om radering"), UUID.randomUUID().toString(), otherLead).status())
                .as("team lead of another team").isEqualTo(404);
        Api.Reply asParticipant = api.send(HttpRequest.POST("/api/participants/" + p.id() + "/erasure",
                because("Begäran om radering")).header(IdempotencyService.HEADER, UUID.randomUUID().toString())
                .bearerAuth(sessions.startParticipantSession(p.id()).token()), null);
        assertThat(asParticipant.status()).as("the participant").isEqualTo(403);
        assertThat(erase(p.id(), because("Begäran om radering"), UUID.randomUUID().toString(), null).status())
                .as("nobody").isEqualTo(401);
        assertThat(world.rowsAbout(p.id()).get("participant")).isEqualTo(1);
    }

    @Test
    void anErasureWithoutAReasonOrKeyIs400AndChangesNothing() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(30).createdIn(team, coach);
        people.exit(coach, p.id(), people.today().minusDays(1), se.stegvis.participant.Outcome.WORK);

        Api.Reply blank = erase(p.id(), because("  "), UUID.randomUUID().toString(), lead);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("reason");
        assertThat(erase(p.id(), Map.of(), UUID.randomUUID().toString(), lead).status()).isEqualTo(400);
        Api.Reply tooShort = erase(p.id(), because("Nej"), UUID.randomUUID().toString(), lead);
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).as("the limits, so the team lead can fix it").contains("Ska vara 5–500 tecken.");
        assertThat(erase(p.id(), because("Begäran om radering"), null, lead).status()).as("no key").isEqualTo(400);
        assertThat(world.rowsAbout(p.id()).get("participant")).isEqualTo(1);
    }
}
