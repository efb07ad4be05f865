package se.stegvis.participant;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.audit.AuditEntryResponse;
import se.stegvis.security.SessionService;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Corrections of background variables through {@code PUT /api/participants/{id}} keep a history (GDPR article
 * 16) that the team reads at {@code GET /api/participants/{id}/background-history}: one row per changed
 * variable, in the update's transaction, none for refused updates.
 */
@MicronautTest(transactional = false)
class BackgroundHistoryHttpTest {
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
    BackgroundChangeRepository stored;

    TeamView team;
    StaffLogin coach;
    StaffLogin lead;
    ParticipantView participant;

    @BeforeEach
    void setUp() {
        team = fixtures.team(fixtures.association());
        coach = fixtures.coach(team);
        lead = fixtures.teamLead(team);
        participant = people.aParticipant().named("Åsa Ö.").woman().born(1985).referredBy(Referrer.SOCIAL_SERVICES)
                .enrolledDaysAgo(30).createdBy(coach);
    }

    /** The participant as it is now, as a PUT body: a full replacement with the version last read. */
    Map<String, Object> asRead(StaffLogin who) {
        ParticipantResponse p = client.toBlocking().retrieve(HttpRequest.GET("/api/participants/" + participant.id())
                .header("Authorization", who.bearer()), ParticipantResponse.class);
        Map<String, Object> b = new HashMap<>();
        b.put("displayName", p.displayName());
        b.put("gender", p.gender());
        b.put("birthYear", p.birthYear());
        b.put("education", p.education());
        b.put("yearsInSupport", p.yearsInSupport());
        b.put("incomeBefore", p.incomeBefore());
        b.put("referrer", p.referrer());
        b.put("homeMunicipality", p.homeMunicipality());
        b.put("preferredLanguage", p.preferredLanguage());
        b.put("referralDate", p.referralDate());
        b.put("studyVisitDate", p.studyVisitDate());
        b.put("queueDate", p.queueDate());
        b.put("enrolmentDate", p.enrolmentDate());
        b.put("trialEndDate", p.trialEndDate());
        b.put("version", p.version());
        return b;
    }

    ParticipantResponse put(StaffLogin who, Map<String, Object> body) {
        return client.toBlocking().retrieve(HttpRequest.PUT("/api/participants/" + participant.id(), body)
                .header("Authorization", who.bearer()), ParticipantResponse.class);
    }

    HttpClientResponseException refusedPut(StaffLogin who, Map<String, Object> body) {
        return assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                HttpRequest.PUT("/api/participants/" + participant.id(), body).header("Authorization", who.bearer()),
                String.class));
    }

    List<BackgroundChangeResponse> history(StaffLogin who) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/participants/" + participant.id()
                + "/background-history").header("Authorization", who.bearer()),
                Argument.listOf(BackgroundChangeResponse.class));
    }

    int historyStatus(UUID participantId, String authorization) {
        return assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                HttpRequest.GET("/api/participants/" + participantId + "/background-history")
                        .header("Authorization", authorization), String.class)).getStatus().getCode();
    }

    @Test
    void correctionOfTwoFieldsGivesTwoHistoryRowsWithOldAndNewValueChangerAndReason() {
        Map<String, Object> body = asRead(lead);
        body.put("gender", "MAN");
        body.put("birthYear", 1986);
        body.put("correctionReason", "Fel i remissen från socialtjänsten");

        ParticipantResponse saved = put(lead, body);
        List<BackgroundChangeResponse> h = history(coach);

        assertThat(saved.gender()).isEqualTo(Gender.MAN);
        assertThat(h).extracting(BackgroundChangeResponse::field, BackgroundChangeResponse::oldValue,
                BackgroundChangeResponse::newValue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("gender", "WOMAN", "MAN"),
                org.assertj.core.groups.Tuple.tuple("birthYear", "1985", "1986"));
        assertThat(h).allSatisfy(c -> {
            assertThat(c.changedBy()).isEqualTo(lead.id());
            assertThat(c.changedByName()).isEqualTo(lead.staff().displayName());
            assertThat(c.reason()).isEqualTo("Fel i remissen från socialtjänsten");
            assertThat(c.changedAt()).isNotNull();
        });
    }

    @Test
    void changingOnlyTheNameAndPathDatesRecordsNoHistory() {
        Map<String, Object> body = asRead(coach);
        body.put("displayName", "Åsa Östberg");
        body.put("trialEndDate", participant.details().path().enrolmentDate().plusMonths(3));
        body.put("homeMunicipality", " " + participant.details().homeMunicipality() + " "); // the same once stripped
        body.put("correctionReason", "Namnet");

        ParticipantResponse saved = put(coach, body);

        assertThat(saved.displayName()).isEqualTo("Åsa Östberg");
        assertThat(saved.version()).isGreaterThan(participant.version());
        assertThat(history(coach)).isEmpty();
        assertThat(stored.findByParticipantIdNewestFirst(participant.id())).isEmpty();
    }

    @Test
    void staleVersionGets409AndWritesNoHistory() {
        Map<String, Object> first = asRead(coach);
        Map<String, Object> stale = new HashMap<>(first);
        first.put("education", "POST_SECONDARY");
        put(coach, first);
        stale.put("gender", "OTHER_UNKNOWN");
        stale.put("correctionReason", "Fel kön");

        var e = refusedPut(lead, stale);

        assertThat(e.getStatus().getCode()).isEqualTo(409);
        assertThat(stored.findByParticipantIdNewestFirst(participant.id())).extracting(BackgroundChange::field)
                .containsExactly("education");
    }

    @Test
    void invalidBodyGets400ProblemAndWritesNoHistory() {
        Map<String, Object> tooLongReason = asRead(coach);
        tooLongReason.put("gender", "MAN");
        tooLongReason.put("correctionReason", "x".repeat(501));
        Map<String, Object> badYear = asRead(coach);
        badYear.put("gender", "MAN");
        badYear.put("birthYear", 1800);

        for (Map<String, Object> body : List.of(tooLongReason, badYear)) {
            var e = refusedPut(coach, body);
            assertThat(e.getStatus().getCode()).isEqualTo(400);
            assertThat(e.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        }
        assertThat(stored.findByParticipantIdNewestFirst(participant.id())).isEmpty();
        assertThat(history(coach)).isEmpty();
    }

    @Test
    void impossiblePathGets422AndWritesNoHistory() {
        Map<String, Object> body = asRead(coach);
        body.put("gender", "MAN");
        body.put("enrolmentDate", people.today().plusDays(3));

        var e = refusedPut(coach, body);

        assertThat(e.getStatus().getCode()).isEqualTo(422);
        assertThat(stored.findByParticipantIdNewestFirst(participant.id())).isEmpty();
    }

    @Test
    void historyIsNewestFirstAcrossCorrectionsOfTheSameSecond() {
        Map<String, Object> first = asRead(coach);
        first.put("education", "POST_SECONDARY");
        first.put("correctionReason", "Första");
        put(coach, first);
        Map<String, Object> second = asRead(coach);
        second.put("referrer", "ARBETSFORMEDLINGEN");
        second.put("yearsInSupport", null);
        second.put("correctionReason", "Andra");
        put(lead, second);
        Map<String, Object> third = asRead(coach);
        third.put("education", "UNKNOWN");
        put(coach, third);

        assertThat(history(lead)).extracting(BackgroundChangeResponse::field, BackgroundChangeResponse::oldValue,
                BackgroundChangeResponse::newValue, BackgroundChangeResponse::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("education", "POST_SECONDARY", "UNKNOWN", null),
                org.assertj.core.groups.Tuple.tuple("yearsInSupport", "4", null, "Andra"),
                org.assertj.core.groups.Tuple.tuple("referrer", "SOCIAL_SERVICES", "ARBETSFORMEDLINGEN", "Andra"),
                org.assertj.core.groups.Tuple.tuple("education", "UPPER_SECONDARY", "POST_SECONDARY", "Första"));
    }

    @Test
    void readingTheHistoryIsAuditedAsARecordRead() {
        history(coach);

        List<AuditEntryResponse> rows = client.toBlocking().retrieve(HttpRequest.GET("/api/teams/" + team.id()
                + "/audit").header("Authorization", lead.bearer()), Argument.listOf(AuditEntryResponse.class));

        assertThat(rows.get(0).action()).isEqualTo("PARTICIPANT_BACKGROUND_HISTORY_READ");
        assertThat(rows.get(0).actorId()).isEqualTo(coach.id());
        assertThat(rows.get(0).participantId()).isEqualTo(participant.id());
    }

    @Test
    void correctionIsNamedInTheUpdateAuditRow() {
        Map<String, Object> body = asRead(coach);
        body.put("incomeBefore", "SJUKPENNING");
        put(coach, body);

        List<AuditEntryResponse> rows = client.toBlocking().retrieve(HttpRequest.GET("/api/teams/" + team.id()
                + "/audit").header("Authorization", lead.bearer()), Argument.listOf(AuditEntryResponse.class));

        assertThat(rows).filteredOn(r -> r.action().equals("PARTICIPANT_UPDATED"))
                .extracting(AuditEntryResponse::detail).containsExactly("background=incomeBefore");
    }

    @Test
    void coachOfAnotherTeamGets404OnTheHistory() {
        StaffLogin other = fixtures.coach(fixtures.team(team.associationId()));
        StaffLogin otherLead = fixtures.teamLead(fixtures.team(team.associationId()));

        assertThat(historyStatus(participant.id(), other.bearer())).isEqualTo(404);
        assertThat(historyStatus(participant.id(), otherLead.bearer())).isEqualTo(404);
        assertThat(historyStatus(UUID.randomUUID(), coach.bearer())).isEqualTo(404);
    }

    @Test
    void participantIsRefusedTheHistoryEvenTheirOwn() {
        String own = "Bearer " + sessions.startParticipantSession(participant.id()).token();

        assertThat(historyStatus(participant.id(), own)).isEqualTo(403);
        assertThat(historyStatus(participant.id(), fixtures.coordinator(team.associationId()).bearer())).isEqualTo(403);
    }
}
