package se.stegvis.response;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.Outcome;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.SessionService;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest(transactional = false)
class DueHttpTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    SessionService sessions;
    @Inject
    DueService due;

    private static final Argument<List<Map<String, Object>>> ITEMS =
            Argument.listOf(Argument.mapOf(String.class, Object.class));

    TeamView team;
    StaffLogin coach;

    @BeforeEach
    void aTeamWithACoach() {
        team = fixtures.team(fixtures.association());
        coach = fixtures.coach(team);
    }

    @Test
    void enrolmentPutsTheStartIndicatorAndQuarterlyOrsOnTheList() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(100).createdIn(team, coach);
        List<Map<String, Object>> items = coachList(p, coach);
        assertThat(items).anySatisfy(i -> {
            assertThat(i.get("instrumentCode")).isEqualTo("INDICATOR_START");
            assertThat(i.get("reason")).isEqualTo("ENROLMENT");
            assertThat(i.get("dueDate")).isEqualTo(p.details().path().enrolmentDate().toString());
        });
        assertThat(items).filteredOn(i -> "ORS".equals(i.get("instrumentCode")))
                .extracting(i -> i.get("dueDate"))
                .startsWith(p.details().path().enrolmentDate().plusMonths(3).toString());
    }

    @Test
    void aReferredParticipantHasNothingDueYet() {
        ParticipantView p = people.aParticipant().referredDaysAgo(5).createdIn(team, coach);
        assertThat(coachList(p, coach)).isEmpty();
    }

    @Test
    void exitAddsExitFeedbackAndIndicatorAndDropsPeriodicItemsAfterExit() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(200).createdIn(team, coach);
        people.exit(coach, p.id(), people.today().minusDays(1), Outcome.WORK);
        List<Map<String, Object>> items = coachList(p, coach);
        assertThat(items).extracting(i -> i.get("instrumentCode"))
                .contains("EXIT_FEEDBACK", "INDICATOR_EXIT", "INDICATOR_START");
        assertThat(items).filteredOn(i -> "ORS".equals(i.get("instrumentCode")))
                .allSatisfy(i -> assertThat(LocalDate.parse((String) i.get("dueDate"))).isBefore(people.today()));
    }

    @Test
    void anAnsweredPeriodicItemStaysOnceWhenThePathChangesAgain() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(200).createdIn(team, coach);
        Map<String, Object> ors = coachList(p, coach).stream().filter(i -> "ORS".equals(i.get("instrumentCode")))
                .findFirst().orElseThrow();
        assertThat(due.markAnswered(p.id(), UUID.fromString((String) ors.get("id")))).isPresent();

        people.exit(coach, p.id(), people.today().minusDays(1), Outcome.WORK);

        assertThat(coachList(p, coach)).filteredOn(i -> "ORS".equals(i.get("instrumentCode"))
                && ors.get("dueDate").equals(i.get("dueDate"))).as("the answered item, not a second one")
                .singleElement().satisfies(i -> assertThat(i.get("id")).isEqualTo(ors.get("id")));
    }

    @Test
    void participantSeesOnlyTheirOwnOpenItemsDueNow() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        ParticipantView other = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        requestOrs(p, coach, null);
        String token = sessions.startParticipantSession(p.id()).token();
        List<Map<String, Object>> mine = client.toBlocking().retrieve(
                HttpRequest.GET("/api/participant/due").bearerAuth(token), ITEMS);
        assertThat(mine).extracting(i -> i.get("instrumentCode"))
                .containsExactlyInAnyOrder("INDICATOR_START", "VIOLENCE_SCREENING", "ORS");
        assertThat(mine.toString()).doesNotContain(other.id().toString());

        due.markAnswered(p.id(), "ORS", false);
        List<Map<String, Object>> after = client.toBlocking().retrieve(
                HttpRequest.GET("/api/participant/due").bearerAuth(token), ITEMS);
        assertThat(after).extracting(i -> i.get("instrumentCode"))
                .containsExactlyInAnyOrder("INDICATOR_START", "VIOLENCE_SCREENING");
    }

    @Test
    void anonymousAnswerLeavesNoDateOnTheList() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(3).createdIn(team, coach);
        assertThat(due.markAnswered(p.id(), "INDICATOR_START", true)).hasValueSatisfying(d -> {
            assertThat(d.answered()).isTrue();
            assertThat(d.answeredOn()).isNull();
        });
        assertThat(due.markAnswered(p.id(), "INDICATOR_START", true)).as("nothing left to answer").isEmpty();
    }

    @Test
    void coachRequestIsDueTodayAndRequestingTwiceKeepsOneItem() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(30).createdIn(team, coach);
        Map<String, Object> first = requestOrs(p, coach, null);
        Map<String, Object> again = requestOrs(p, coach, null);
        assertThat(first.get("dueDate")).isEqualTo(people.today().toString());
        assertThat(first.get("reason")).isEqualTo("COACH_REQUEST");
        assertThat(again.get("id")).isEqualTo(first.get("id"));
    }

    @Test
    void requestInThePastIsA422NamingTheField() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(30).createdIn(team, coach);
        var e = assertThrows(HttpClientResponseException.class, () -> requestOrs(p, coach, people.today().minusDays(1)));
        assertThat(e.getStatus().getCode()).isEqualTo(422);
        assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"dueDate\"").contains("passerat");
    }

    @Test
    void requestForAnUnknownInstrumentIsA422NamingTheField() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(30).createdIn(team, coach);
        var e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().retrieve(
                HttpRequest.POST("/api/participants/" + p.id() + "/due", Map.of("instrumentCode", "NO_SUCH_FORM"))
                        .header("Authorization", coach.bearer()), Map.class));
        assertThat(e.getStatus().getCode()).isEqualTo(422);
        assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"instrumentCode\"");
    }

    @Test
    void coachOfAnotherTeamGets404OnListAndRequest() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(30).createdIn(team, coach);
        StaffLogin stranger = fixtures.coach(fixtures.team(team.associationId()));
        assertThat(assertThrows(HttpClientResponseException.class, () -> coachList(p, stranger)).getStatus().getCode())
                .isEqualTo(404);
        assertThat(assertThrows(HttpClientResponseException.class, () -> requestOrs(p, stranger, null)).getStatus().getCode())
                .isEqualTo(404);
    }

    @Test
    void staffCannotReadTheParticipantOwnList() {
        assertThat(assertThrows(HttpClientResponseException.class, () -> client.toBlocking().retrieve(
                HttpRequest.GET("/api/participant/due").bearerAuth(coach.accessToken()), ITEMS))
                .getStatus().getCode()).isEqualTo(403);
    }

    private List<Map<String, Object>> coachList(ParticipantView p, StaffLogin as) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/participants/" + p.id() + "/due")
                .header("Authorization", as.bearer()), ITEMS);
    }

    @Test
    void markingOneItemClosesOnlyThatItemOfThatParticipantOnce() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        ParticipantView other = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        UUID today = UUID.fromString((String) requestOrs(p, coach, null).get("id"));
        UUID later = UUID.fromString((String) requestOrs(p, coach, people.today().plusDays(2)).get("id"));

        assertThat(due.markAnswered(other.id(), today)).as("not their item").isEmpty();
        assertThat(due.markAnswered(p.id(), later)).hasValueSatisfying(d -> assertThat(d.answered()).isTrue());
        assertThat(due.markAnswered(p.id(), later)).as("already answered").isEmpty();
        assertThat(due.openFor(new se.stegvis.security.Actor(se.stegvis.security.SubjectKind.PARTICIPANT, p.id(),
                se.stegvis.security.Role.PARTICIPANT, UUID.randomUUID())))
                .extracting(DueService.Due::id).contains(today).doesNotContain(later);
    }

    private Map<String, Object> requestOrs(ParticipantView p, StaffLogin as, LocalDate date) {
        Map<String, Object> body = date == null ? Map.of("instrumentCode", "ORS")
                : Map.of("instrumentCode", "ORS", "dueDate", date.toString());
        return client.toBlocking().retrieve(HttpRequest.POST("/api/participants/" + p.id() + "/due", body)
                .header("Authorization", as.bearer()), Map.class);
    }
}
