package se.stegvis.participant;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest(transactional = false)
class ParticipantApiTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;

    static Map<String, Object> body(String name, LocalDate referral, LocalDate enrolment) {
        Map<String, Object> b = new HashMap<>();
        b.put("displayName", name);
        b.put("gender", "WOMAN");
        b.put("birthYear", 1985);
        b.put("education", "UPPER_SECONDARY");
        b.put("yearsInSupport", 6);
        b.put("incomeBefore", "SJUKPENNING");
        b.put("referrer", "FORSAKRINGSKASSAN");
        b.put("homeMunicipality", "Norberg");
        b.put("preferredLanguage", "sv");
        b.put("referralDate", referral.toString());
        if (enrolment != null) {
            b.put("studyVisitDate", referral.plusDays(7).toString());
            b.put("queueDate", referral.plusDays(14).toString());
            b.put("enrolmentDate", enrolment.toString());
        }
        return b;
    }

    ParticipantResponse post(StaffLogin coach, UUID teamId, Map<String, Object> body) {
        return client.toBlocking().retrieve(HttpRequest.POST("/api/teams/" + teamId + "/participants", body)
                .header("Authorization", coach.bearer()), ParticipantResponse.class);
    }

    ParticipantResponse get(StaffLogin coach, UUID id) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/participants/" + id)
                .header("Authorization", coach.bearer()), ParticipantResponse.class);
    }

    @Test
    void coachCreatesAParticipantWhoStartsTheTrialPeriodWithTheTeamDefault() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        LocalDate enrolment = people.today().minusDays(10);
        HttpResponse<ParticipantResponse> created = client.toBlocking().exchange(
                HttpRequest.POST("/api/teams/" + team.id() + "/participants", body("M. K.", enrolment.minusDays(40), enrolment))
                        .header("Authorization", coach.bearer()), ParticipantResponse.class);

        assertThat(created.getStatus().getCode()).isEqualTo(201);
        ParticipantResponse p = created.body();
        assertThat(created.getHeaders().get("Location")).isEqualTo("/api/participants/" + p.id());
        assertThat(p.stage()).isEqualTo(PathStage.TRIAL);
        assertThat(p.trialEndDate()).isEqualTo(enrolment.plusMonths(2));
        assertThat(p.coachIds()).containsExactly(coach.id());
        assertThat(p.referrer()).isEqualTo(Referrer.FORSAKRINGSKASSAN);
        assertThat(get(coach, p.id())).isEqualTo(p);
    }

    @Test
    void teamListCanBeFilteredByStage() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin lead = fixtures.teamLead(team);
        var queued = people.aParticipant().named("Köande").queuedDaysAgo(5).createdBy(lead);
        var enrolled = people.aParticipant().named("Inskriven").enrolledDaysAgo(100).createdBy(lead);
        var referred = people.aParticipant().named("Remitterad").createdBy(lead);

        List<ParticipantResponse> all = client.toBlocking().retrieve(HttpRequest.GET("/api/teams/" + team.id() + "/participants")
                .header("Authorization", lead.bearer()), Argument.listOf(ParticipantResponse.class));
        List<ParticipantResponse> inQueue = client.toBlocking().retrieve(HttpRequest.GET("/api/teams/" + team.id() + "/participants?stage=QUEUED")
                .header("Authorization", lead.bearer()), Argument.listOf(ParticipantResponse.class));

        assertThat(all).extracting(ParticipantResponse::id).containsExactlyInAnyOrder(queued.id(), enrolled.id(), referred.id());
        assertThat(all).filteredOn(r -> r.id().equals(enrolled.id())).extracting(ParticipantResponse::stage)
                .containsExactly(PathStage.ENROLLED);
        assertThat(inQueue).extracting(ParticipantResponse::id).containsExactly(queued.id());
    }

    @Test
    void updateChangesBackgroundVariablesAndPathAndBumpsTheVersion() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        ParticipantResponse p = post(coach, team.id(), body("L. N.", people.today().minusDays(30), null));
        Map<String, Object> change = body("L. N.", p.referralDate(), people.today().minusDays(2));
        change.put("education", "POST_SECONDARY");
        change.put("version", p.version());

        ParticipantResponse updated = client.toBlocking().retrieve(HttpRequest.PUT("/api/participants/" + p.id(), change)
                .header("Authorization", coach.bearer()), ParticipantResponse.class);

        assertThat(updated.education()).isEqualTo(Education.POST_SECONDARY);
        assertThat(updated.stage()).isEqualTo(PathStage.TRIAL);
        assertThat(updated.version()).isGreaterThan(p.version());
    }

    @Test
    void staleVersionGets409AndChangesNothing() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        ParticipantResponse p = post(coach, team.id(), body("S. V.", people.today().minusDays(30), null));
        Map<String, Object> first = body("S. V. 1", p.referralDate(), null);
        first.put("version", p.version());
        client.toBlocking().exchange(HttpRequest.PUT("/api/participants/" + p.id(), first).header("Authorization", coach.bearer()));
        Map<String, Object> stale = body("S. V. 2", p.referralDate(), null);
        stale.put("version", p.version());

        var e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                HttpRequest.PUT("/api/participants/" + p.id(), stale).header("Authorization", coach.bearer())));

        assertThat(e.getStatus().getCode()).isEqualTo(409);
        assertThat(get(coach, p.id()).displayName()).isEqualTo("S. V. 1");
    }

    @Test
    void exitRecordsSeveralOutcomesAndIncomeAfter() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        var p = people.aParticipant().enrolledDaysAgo(300).createdBy(coach);

        ParticipantResponse exited = client.toBlocking().retrieve(HttpRequest.POST("/api/participants/" + p.id() + "/exit",
                Map.of("exitDate", people.today().minusDays(1).toString(), "outcomes", List.of("WORK", "STUDIES"),
                        "incomeAfter", "SALARY")).header("Authorization", coach.bearer()), ParticipantResponse.class);

        assertThat(exited.stage()).isEqualTo(PathStage.EXITED);
        assertThat(exited.outcomes()).containsExactlyInAnyOrder(Outcome.WORK, Outcome.STUDIES);
        assertThat(exited.incomeAfter()).isEqualTo(IncomeSource.SALARY);
        assertThat(get(coach, p.id()).outcomes()).containsExactlyInAnyOrder(Outcome.WORK, Outcome.STUDIES);
    }

    @Test
    void aDropoutMayLeaveFromTheQueue() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        var p = people.aParticipant().queuedDaysAgo(20).createdBy(coach);

        ParticipantResponse exited = client.toBlocking().retrieve(HttpRequest.POST("/api/participants/" + p.id() + "/exit",
                Map.of("exitDate", people.today().toString(), "outcomes", List.of("DROPOUT")))
                .header("Authorization", coach.bearer()), ParticipantResponse.class);

        assertThat(exited.outcomes()).containsExactly(Outcome.DROPOUT);
        assertThat(exited.enrolmentDate()).isNull();
    }

    @Test
    void coachesCanBeReplacedWithMembersOfTheTeamOnly() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        StaffLogin colleague = fixtures.coach(team);
        StaffLogin outsider = fixtures.coach(fixtures.team(team.associationId()));
        var p = people.aParticipant().createdBy(coach);

        ParticipantResponse changed = client.toBlocking().retrieve(HttpRequest.PUT("/api/participants/" + p.id() + "/coaches",
                Map.of("staffIds", List.of(coach.id(), colleague.id()))).header("Authorization", coach.bearer()),
                ParticipantResponse.class);
        var e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                HttpRequest.PUT("/api/participants/" + p.id() + "/coaches", Map.of("staffIds", List.of(outsider.id())))
                        .header("Authorization", coach.bearer())));

        assertThat(changed.coachIds()).containsExactlyInAnyOrder(coach.id(), colleague.id());
        assertThat(e.getStatus().getCode()).isEqualTo(422);
        assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"staffIds\"");
        assertThat(get(coach, p.id()).coachIds()).containsExactlyInAnyOrder(coach.id(), colleague.id());
    }

    @Test
    void swedishAndArabicDisplayNamesRoundTripUnchanged() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        for (String name : List.of("Åsa Ängström-Öberg", "فاطمة الزهراء", "Jönköping ÅÄÖ åäö é 😊")) {
            Map<String, Object> b = body(name, people.today().minusDays(3), null);
            b.put("homeMunicipality", "Älvdalen");
            ParticipantResponse created = post(coach, team.id(), b);
            ParticipantResponse read = get(coach, created.id());
            assertThat(read.displayName()).isEqualTo(name);
            assertThat(read.homeMunicipality()).isEqualTo("Älvdalen");
        }
    }
}
