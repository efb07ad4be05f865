package se.stegvis.screening;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.screening.ScreeningWorld.Reply;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.time.YearMonth;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reads screenings: the participant's assigned coaches and the team lead, each read audited;
 * nobody else, and a changed row shows nothing. Key rotation keeps every row readable.
 */
@MicronautTest(transactional = false)
class ScreeningAccessTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    ScreeningWorld world;
    @Inject
    ScreeningKeyRotation rotation;
    @Inject
    ScreeningFiguresService figures;

    TeamView team;
    StaffLogin coach;
    ParticipantView p;

    @BeforeEach
    void aParticipantWhoAnsweredUrgently() {
        team = fixtures.team(fixtures.association());
        coach = fixtures.coach(team);
        p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        assertThat(world.answer(client, p, team.associationId(), ScreeningWorld.URGENT).status()).isEqualTo(201);
    }

    String path() {
        return "/api/participants/" + p.id() + "/screenings";
    }

    long reads(StaffLogin by) {
        return world.count("SELECT COUNT(*) FROM audit_event WHERE actor_id = ? AND action = ? AND participant_id = ?",
                by.id().toString(), ScreeningReadService.READ, p.id().toString());
    }

    @Test
    void theAssignedCoachAndTheTeamLeadReadTheAnswersAndEachReadIsAudited() {
        StaffLogin lead = fixtures.teamLead(team);
        Reply byCoach = world.get(client, coach.accessToken(), path());
        Reply byLead = world.get(client, lead.accessToken(), path());
        world.get(client, lead.accessToken(), path());

        assertThat(byCoach.status()).isEqualTo(200);
        assertThat(byCoach.cacheControl()).isEqualTo("no-store");
        assertThat(byCoach.body()).contains("\"urgent\":true").contains("\"answer\":\"YES\"");
        assertThat(byLead.status()).isEqualTo(200);
        assertThat(reads(coach)).isEqualTo(1);
        assertThat(reads(lead)).isEqualTo(2);
    }

    @Test
    void aCoachOfTheSameTeamWhoIsNotAssignedGets404AndNoAlert() {
        StaffLogin colleague = fixtures.coach(team);
        Reply r = world.get(client, colleague.accessToken(), path());
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.cacheControl()).isEqualTo("no-store");
        assertThat(r.body()).doesNotContain("YES");
        assertThat(world.get(client, colleague.accessToken(), "/api/screening/alerts").list()).isEmpty();
    }

    @Test
    void coordinatorAdminOtherTeamAndOtherAssociationAreRefused() {
        TeamView otherTeam = fixtures.team(team.associationId());
        Map<String, StaffLogin> outsiders = Map.of(
                "coordinator", fixtures.coordinator(team.associationId()),
                "admin of the association", fixtures.admin(team.associationId()),
                "coach of another team", fixtures.coach(otherTeam),
                "team lead of another team", fixtures.teamLead(otherTeam),
                "admin of another association", fixtures.admin(fixtures.association()));
        outsiders.forEach((who, login) -> {
            Reply r = world.get(client, login.accessToken(), path());
            assertThat(r.status()).as(who).isIn(403, 404);
            assertThat(r.body() == null ? "" : r.body()).as(who).doesNotContain("YES");
            Reply alerts = world.get(client, login.accessToken(), "/api/screening/alerts");
            assertThat(alerts.body() == null ? "" : alerts.body()).as(who).doesNotContain(p.id().toString());
        });
        ParticipantView other = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        assertThat(world.get(client, world.token(other), path()).status()).as("another participant").isEqualTo(403);
    }

    @Test
    void aTamperedCiphertextFailsClosedWithoutShowingAnything() {
        String payload = (String) world.rows("SELECT payload FROM screening_response WHERE participant_id = ?",
                p.id().toString()).get(0).get("payload");
        char last = payload.charAt(10);
        String tampered = payload.substring(0, 10) + (last == 'A' ? 'B' : 'A') + payload.substring(11);
        world.execute("UPDATE screening_response SET payload = ? WHERE participant_id = ?", tampered, p.id().toString());

        Reply r = world.get(client, coach.accessToken(), path());
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.map()).containsEntry("code", "screening.unreadable");
        assertThat(r.body()).doesNotContain("YES").doesNotContain("ongoing");
        assertThat(world.get(client, coach.accessToken(), "/api/screening/alerts").list())
                .as("an unreadable row alerts rather than hides").singleElement()
                .satisfies(a -> assertThat(a).containsEntry("urgent", true));
    }

    @Test
    void aFlippedDeclinedFlagFailsClosed() {
        world.execute("UPDATE screening_response SET declined = TRUE WHERE participant_id = ?", p.id().toString());
        assertThat(world.get(client, coach.accessToken(), path()).status()).isEqualTo(409);
    }

    @Test
    void rotationMovesEveryRowToTheActiveKeyAndTheyStayReadable() {
        String before = (String) world.rows("SELECT payload FROM screening_response WHERE participant_id = ?",
                p.id().toString()).get(0).get("payload");
        ParticipantView broken = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        world.answer(client, broken, team.associationId(), ScreeningWorld.CALM);
        world.execute("UPDATE screening_response SET declined = TRUE WHERE participant_id = ?", broken.id().toString());
        ScreeningKeys toB = new ScreeningKeys(
                "test-a:RoMqpNORREmH49LR0wJG9okIFl+PudwDSPr8KJh3qOA=,test-b:sDSFwezaTPtYgHiHNgcxSGUAq+RxFkInkHX77lHCIes=",
                "test-b");
        ScreeningKeyRotation.Result moved = rotation.rotate(toB);

        assertThat(moved.rotated()).isPositive();
        assertThat(moved.unreadable()).as("the changed row, and any other test's").isPositive();
        assertThat(world.rows("SELECT key_id FROM screening_response WHERE participant_id = ?", broken.id().toString())
                .get(0).get("key_id")).as("an unreadable row is left as it is").isEqualTo("test-a");
        var row = world.rows("SELECT key_id, payload FROM screening_response WHERE participant_id = ?",
                p.id().toString()).get(0);
        assertThat(row.get("key_id")).isEqualTo("test-b");
        assertThat(row.get("payload")).isNotEqualTo(before);
        assertThat(world.get(client, coach.accessToken(), path()).body()).contains("\"answer\":\"YES\"");

        ScreeningKeyRotation.Result back = rotation.rotate();
        assertThat(back.activeKeyId()).isEqualTo("test-a");
        assertThat(world.rows("SELECT key_id FROM screening_response WHERE participant_id = ?", p.id().toString())
                .get(0).get("key_id")).isEqualTo("test-a");
        assertThat(world.get(client, coach.accessToken(), path()).body()).contains("\"answer\":\"YES\"");
    }

    @Test
    void onlyAnAdminStartsARotationAndTheAnswerIsCountsOnly() {
        assertThat(world.exchange(client, io.micronaut.http.HttpRequest.POST("/api/screening/key-rotation", "{}")
                .bearerAuth(coach.accessToken())).status()).isEqualTo(403);
        Reply r = world.exchange(client, io.micronaut.http.HttpRequest.POST("/api/screening/key-rotation", "{}")
                .bearerAuth(fixtures.admin(team.associationId()).accessToken()));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.cacheControl()).isEqualTo("no-store");
        assertThat(r.map()).containsOnlyKeys("activeKeyId", "rotated", "unreadable").containsEntry("activeKeyId", "test-a");
    }

    @Test
    void figuresCountByGenderWithoutAnyoneOrAnyAnswerAndAskedIncludesTheStillOpen() {
        ParticipantView man = people.aParticipant().man().enrolledDaysAgo(10).createdIn(team, coach);
        ParticipantView declines = people.aParticipant().man().enrolledDaysAgo(10).createdIn(team, coach);
        world.answer(client, man, team.associationId(), ScreeningWorld.answers("NO", "NO", "NO", "NO", "YES", "NO", "NO"));
        world.submit(client, world.token(declines), java.util.UUID.randomUUID().toString(),
                world.body(world.version(team.associationId()), null, true));
        // offered at enrolment and not answered yet: asked, but neither a yes nor a no
        people.aParticipant().woman().enrolledDaysAgo(10).createdIn(team, coach);
        YearMonth now = YearMonth.from(people.today());

        var counts = figures.figures(team.id(), now.minusMonths(1), now);

        assertThat(counts.get("WOMAN")).isEqualTo(new ScreeningFiguresService.Counts(2, 1, 0, 1, 1, 0, 1));
        assertThat(counts.get("MAN")).isEqualTo(new ScreeningFiguresService.Counts(2, 1, 1, 0, 0, 1, 0));
        assertThat(figures.figures(team.id(), now.plusMonths(1), now.plusMonths(2))).isEmpty();
    }
}
