package se.stegvis.group;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A startup group links to the participants it enrols: staff mark a participant with a seat as
 * enrolled through it; the roster and the participant's page show the link, and someone still in
 * the queue gets today as their enrolment date.
 */
@MicronautTest(transactional = false)
class StartupGroupHttpTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
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

    private String enrolment(UUID activity, UUID participant) {
        return "/api/activities/" + activity + "/enrolments/" + participant;
    }

    @Test
    void aQueuedParticipantWithASeatIsEnrolledTodayAndTheLinkShowsOnRosterAndParticipant() {
        UUID startup = groups.startupGroup(coach, team.id(), 8);
        ParticipantView queued = people.aParticipant().named("Kö K.").queuedDaysAgo(30).createdIn(team, coach);
        ParticipantView other = people.aParticipant().named("Annan A.").enrolledDaysAgo(40).createdIn(team, coach);
        groups.book(queued, startup);
        groups.book(other, startup);

        var r = http.send("PUT", enrolment(startup, queued.id()), null, coach.bearer());

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(http.map(r)).containsEntry("activityId", startup.toString())
                .containsEntry("enrolmentDate", people.today().toString());
        assertThat(http.map(http.send("GET", "/api/participants/" + queued.id(), null, coach.bearer())).toString())
                .contains("enrolmentDate=" + people.today());
        var link = http.map(http.send("GET", "/api/participants/" + queued.id() + "/startup-group", null, coach.bearer()));
        assertThat(link).containsEntry("activityId", startup.toString());
        assertThat(link.get("title").toString()).contains("Uppstartsgrupp");
        var roster = http.map(http.send("GET", "/api/activities/" + startup + "/roster", null, coach.bearer()));
        assertThat(roster.get("people").toString()).contains("participantId=" + queued.id());
        assertThat(enrolledHere(roster, queued.id())).isTrue();
        assertThat(enrolledHere(roster, other.id())).isFalse();
    }

    @Test
    void anAlreadyEnrolledParticipantKeepsTheirDateAndEnrollingAgainIsTheSame() {
        UUID startup = groups.startupGroup(coach, team.id(), 8);
        ParticipantView p = people.aParticipant().enrolledDaysAgo(12).createdIn(team, coach);
        groups.book(p, startup);

        var first = http.map(http.send("PUT", enrolment(startup, p.id()), null, coach.bearer()));
        var again = http.map(http.send("PUT", enrolment(startup, p.id()), null, coach.bearer()));

        assertThat(first).containsEntry("enrolmentDate", people.today().minusDays(12).toString());
        assertThat(again).isEqualTo(first);
    }

    @Test
    void onlyAStartupGroupEnrolsAndOnlySomeoneWithASeat() {
        UUID forest = groups.activity(coach, team.id(), 1);
        UUID startup = groups.startupGroup(coach, team.id(), 1);
        ParticipantView seated = people.aParticipant().createdIn(team, coach);
        ParticipantView waiting = people.aParticipant().createdIn(team, coach);
        ParticipantView none = people.aParticipant().createdIn(team, coach);
        groups.book(seated, forest);
        groups.book(seated, startup);
        assertThat(groups.book(waiting, startup)).isEqualTo(BookingStatus.WAITLISTED);

        var notStartup = http.send("PUT", enrolment(forest, seated.id()), null, coach.bearer());
        assertThat(notStartup.status()).isEqualTo(422);
        assertThat(notStartup.body()).contains("uppstartsgrupp");
        var notSeated = http.send("PUT", enrolment(startup, waiting.id()), null, coach.bearer());
        assertThat(notSeated.status()).isEqualTo(400);
        assertThat(notSeated.body()).contains("ingen plats i uppstartsgruppen");
        assertThat(http.send("PUT", enrolment(startup, none.id()), null, coach.bearer()).status()).isEqualTo(400);
        assertThat(http.map(http.send("GET", "/api/participants/" + waiting.id() + "/startup-group", null,
                coach.bearer())).get("activityId")).isNull();
    }

    @Test
    void enrolledThroughOneStartupGroupIsA409ForAnotherUntilUnlinked() {
        UUID first = groups.startupGroup(coach, team.id(), 5);
        UUID second = groups.startupGroup(coach, team.id(), 5);
        ParticipantView p = people.aParticipant().enrolledDaysAgo(3).createdIn(team, coach);
        groups.book(p, first);
        groups.book(p, second);
        assertThat(http.send("PUT", enrolment(first, p.id()), null, coach.bearer()).status()).isEqualTo(200);

        assertThat(http.send("PUT", enrolment(second, p.id()), null, coach.bearer()).status()).isEqualTo(409);
        assertThat(http.send("DELETE", enrolment(first, p.id()), null, coach.bearer()).status()).isEqualTo(204);
        var gone = http.send("DELETE", enrolment(first, p.id()), null, coach.bearer());
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.body()).contains("inte inskriven via den här uppstartsgruppen");
        assertThat(http.send("PUT", enrolment(second, p.id()), null, coach.bearer()).status()).isEqualTo(200);
        assertThat(http.map(http.send("GET", "/api/participants/" + p.id() + "/startup-group", null, coach.bearer())))
                .containsEntry("activityId", second.toString());
    }

    @Test
    void staffOfAnotherTeamGets404() {
        UUID startup = groups.startupGroup(coach, team.id(), 5);
        ParticipantView p = people.aParticipant().createdIn(team, coach);
        groups.book(p, startup);
        StaffLogin stranger = fixtures.coach(fixtures.team(team.associationId()));

        assertThat(http.send("PUT", enrolment(startup, p.id()), null, stranger.bearer()).status()).isEqualTo(404);
        assertThat(http.send("GET", "/api/participants/" + p.id() + "/startup-group", null, stranger.bearer()).status())
                .isEqualTo(404);
    }

    @SuppressWarnings("unchecked")
    private static boolean enrolledHere(Map<String, Object> roster, UUID participant) {
        return ((java.util.List<Map<String, Object>>) roster.get("people")).stream()
                .filter(l -> l.get("participantId").equals(participant.toString())).findFirst().orElseThrow()
                .get("enrolledHere").equals(Boolean.TRUE);
    }
}
