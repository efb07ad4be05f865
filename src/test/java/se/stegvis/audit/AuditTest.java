package se.stegvis.audit;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.Outcome;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest(transactional = false)
class AuditTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;

    List<AuditEntryResponse> audit(StaffLogin lead, TeamView team, String query) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/teams/" + team.id() + "/audit" + query)
                .header("Authorization", lead.bearer()), Argument.listOf(AuditEntryResponse.class));
    }

    @Test
    void readsAndChangesAreListedNewestFirstForTheTeamLead() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        StaffLogin lead = fixtures.teamLead(team);
        var p = people.aParticipant().named("Åke Öst").enrolledDaysAgo(40).createdBy(coach);
        client.toBlocking().exchange(HttpRequest.GET("/api/participants/" + p.id()).header("Authorization", coach.bearer()));
        client.toBlocking().exchange(HttpRequest.GET("/api/teams/" + team.id() + "/participants").header("Authorization", coach.bearer()));
        people.exit(coach, p.id(), people.today(), Outcome.STUDIES);

        List<AuditEntryResponse> rows = audit(lead, team, "");

        assertThat(rows).extracting(AuditEntryResponse::action).containsExactly(
                "PARTICIPANT_EXITED", "PARTICIPANT_LISTED", "PARTICIPANT_READ", "PARTICIPANT_CREATED");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.actorId()).isEqualTo(coach.id());
            assertThat(r.actorName()).isEqualTo(coach.staff().displayName());
            assertThat(r.participantId()).isEqualTo(p.id());
            assertThat(r.participantName()).isEqualTo("Åke Öst");
        });
        assertThat(rows.get(0).id()).isGreaterThan(rows.get(1).id());
    }

    @Test
    void listReadsWriteOneRowPerListedParticipant() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin lead = fixtures.teamLead(team);
        var a = people.aParticipant().named("A").createdBy(lead);
        var b = people.aParticipant().named("B").createdBy(lead);
        client.toBlocking().exchange(HttpRequest.GET("/api/teams/" + team.id() + "/participants").header("Authorization", lead.bearer()));

        assertThat(audit(lead, team, "").stream().filter(r -> r.action().equals("PARTICIPANT_LISTED")))
                .extracting(AuditEntryResponse::participantId).containsExactlyInAnyOrder(a.id(), b.id());
    }

    @Test
    void pagesWithLimitAndBefore() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin lead = fixtures.teamLead(team);
        for (int i = 0; i < 3; i++) {
            people.aParticipant().named("P" + i).createdBy(lead);
        }
        List<AuditEntryResponse> first = audit(lead, team, "?limit=2");
        List<AuditEntryResponse> next = audit(lead, team, "?limit=2&before=" + first.get(1).id());

        assertThat(first).extracting(AuditEntryResponse::participantName).containsExactly("P2", "P1");
        assertThat(next).extracting(AuditEntryResponse::participantName).containsExactly("P0");
    }

    @Test
    void onlyTeamLeadsOfTheTeamMayReadTheAuditTrail() {
        TeamView team = fixtures.team(fixtures.association());
        for (var s : List.of(fixtures.coach(team), fixtures.coordinator(team.associationId()),
                fixtures.admin(team.associationId()), fixtures.teamLead(fixtures.team(team.associationId())))) {
            var e = assertThrows(HttpClientResponseException.class, () -> audit(s, team, ""));
            assertThat(e.getStatus().getCode()).isIn(403, 404);
        }
    }
}
