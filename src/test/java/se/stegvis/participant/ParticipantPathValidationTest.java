package se.stegvis.participant;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every impossible path answers 422 with the offending field named, and saves nothing. */
@MicronautTest(transactional = false)
class ParticipantPathValidationTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;

    TeamView team;
    StaffLogin coach;
    LocalDate today;

    @BeforeEach
    void setUp() {
        team = fixtures.team(fixtures.association());
        coach = fixtures.coach(team);
        today = people.today();
    }

    String rejectedCreate(Map<String, Object> body, String language) {
        var e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                HttpRequest.POST("/api/teams/" + team.id() + "/participants", body)
                        .header("Authorization", coach.bearer()).header("Accept-Language", language), String.class));
        assertThat(e.getStatus().getCode()).isEqualTo(422);
        return e.getResponse().getBody(String.class).orElseThrow();
    }

    String rejectedExit(Object participantId, Map<String, Object> body) {
        var e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                HttpRequest.POST("/api/participants/" + participantId + "/exit", body)
                        .header("Authorization", coach.bearer()), String.class));
        assertThat(e.getStatus().getCode()).isEqualTo(422);
        return e.getResponse().getBody(String.class).orElseThrow();
    }

    static String field(String name) {
        return "\"field\":\"" + name + "\"";
    }

    @Test
    void referralInTheFutureIsRefused() {
        var b = ParticipantApiTest.body("F. F.", today.plusDays(1), null);
        assertThat(rejectedCreate(b, "sv")).contains(field("referralDate")).contains("framtiden");
    }

    @Test
    void studyVisitBeforeReferralIsRefusedInEnglishWhenAsked() {
        var b = ParticipantApiTest.body("F. F.", today.minusDays(10), null);
        b.put("studyVisitDate", today.minusDays(11).toString());
        assertThat(rejectedCreate(b, "en")).contains(field("studyVisitDate")).contains("before the referral date");
    }

    @Test
    void enrolmentBeforeQueueIsRefusedInArabicWhenAsked() {
        var b = ParticipantApiTest.body("F. F.", today.minusDays(30), null);
        b.put("queueDate", today.minusDays(10).toString());
        b.put("enrolmentDate", today.minusDays(20).toString());
        assertThat(rejectedCreate(b, "ar")).contains(field("enrolmentDate")).contains("تاريخ الانتظار");
    }

    @Test
    void trialEndBeforeEnrolmentOrWithoutEnrolmentIsRefused() {
        var b = ParticipantApiTest.body("F. F.", today.minusDays(60), today.minusDays(10));
        b.put("trialEndDate", today.minusDays(11).toString());
        assertThat(rejectedCreate(b, "sv")).contains(field("trialEndDate"));
        var c = ParticipantApiTest.body("F. F.", today.minusDays(60), null);
        c.put("trialEndDate", today.plusDays(11).toString());
        assertThat(rejectedCreate(c, "sv")).contains(field("trialEndDate")).contains("inskrivningsdatum");
    }

    @Test
    void ageOutside16To64AtReferralIsRefused() {
        var young = ParticipantApiTest.body("F. F.", today.minusDays(10), null);
        young.put("birthYear", today.minusDays(10).getYear() - 15);
        assertThat(rejectedCreate(young, "sv")).contains(field("birthYear")).contains("16–64");
        var old = ParticipantApiTest.body("F. F.", today.minusDays(10), null);
        old.put("birthYear", today.minusDays(10).getYear() - 65);
        assertThat(rejectedCreate(old, "sv")).contains(field("birthYear"));
    }

    @Test
    void personalIdentityNumberAsDisplayNameIsRefused() {
        var b = ParticipantApiTest.body("19850101-1234", today.minusDays(10), null);
        assertThat(rejectedCreate(b, "sv")).contains(field("displayName")).contains("personnummer");
    }

    @Test
    void exitBeforeEnrolmentIsRefusedAndNothingIsSaved() {
        var p = people.aParticipant().enrolledDaysAgo(30).createdBy(coach);
        String body = rejectedExit(p.id(), Map.of("exitDate", today.minusDays(31).toString(), "outcomes", List.of("WORK")));
        assertThat(body).contains(field("exitDate")).contains("inskrivningen");
        var after = client.toBlocking().retrieve(HttpRequest.GET("/api/participants/" + p.id())
                .header("Authorization", coach.bearer()), ParticipantResponse.class);
        assertThat(after.exitDate()).isNull();
        assertThat(after.outcomes()).isEmpty();
        assertThat(after.version()).isEqualTo(p.version());
    }

    @Test
    void exitInTheFutureIsRefused() {
        var p = people.aParticipant().enrolledDaysAgo(30).createdBy(coach);
        assertThat(rejectedExit(p.id(), Map.of("exitDate", today.plusDays(1).toString(), "outcomes", List.of("WORK"))))
                .contains(field("exitDate"));
    }

    @Test
    void exitWithoutEnrolmentIsRefusedUnlessDropout() {
        var p = people.aParticipant().queuedDaysAgo(5).createdBy(coach);
        assertThat(rejectedExit(p.id(), Map.of("exitDate", today.toString(), "outcomes", List.of("STUDIES"))))
                .contains(field("exitDate")).contains("DROPOUT");
    }

    @Test
    void dropoutCombinedWithAnotherOutcomeIsRefused() {
        var p = people.aParticipant().enrolledDaysAgo(30).createdBy(coach);
        assertThat(rejectedExit(p.id(), Map.of("exitDate", today.toString(), "outcomes", List.of("DROPOUT", "WORK"))))
                .contains(field("outcomes")).contains("Avbrott");
    }

    @Test
    void exitWithoutOutcomeIsRefused() {
        var p = people.aParticipant().enrolledDaysAgo(30).createdBy(coach);
        assertThat(rejectedExit(p.id(), Map.of("exitDate", today.toString(), "outcomes", List.of())))
                .contains(field("outcomes"));
        assertThat(rejectedExit(p.id(), Map.of("exitDate", today.toString()))).contains(field("outcomes"));
    }

    @Test
    void exitingTwiceIsRefused() {
        var p = people.aParticipant().enrolledDaysAgo(30).createdBy(coach);
        people.exit(coach, p.id(), today.minusDays(1), Outcome.JOB_SEEKING);
        assertThat(rejectedExit(p.id(), Map.of("exitDate", today.toString(), "outcomes", List.of("WORK"))))
                .contains(field("exitDate")).contains("redan avslutad");
    }

    @Test
    void anUpdateCannotRemoveTheEnrolmentOfAnExitedParticipant() {
        var p = people.aParticipant().enrolledDaysAgo(30).createdBy(coach);
        var exited = people.exit(coach, p.id(), today.minusDays(1), Outcome.WORK);
        var b = ParticipantApiTest.body("Deltagare A.", exited.details().path().referralDate(), null);
        b.put("version", exited.version());
        var e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                HttpRequest.PUT("/api/participants/" + p.id(), b).header("Authorization", coach.bearer()), String.class));
        assertThat(e.getStatus().getCode()).isEqualTo(422);
        assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains(field("exitDate"));
    }
}
