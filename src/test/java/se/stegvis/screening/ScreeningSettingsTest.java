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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Support material per municipality and language, and the team's local contacts. */
@MicronautTest(transactional = false)
class ScreeningSettingsTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    ScreeningWorld world;

    TeamView team;
    StaffLogin lead;
    StaffLogin coach;

    @BeforeEach
    void aTeam() {
        team = fixtures.team(fixtures.association());
        lead = fixtures.teamLead(team);
        coach = fixtures.coach(team);
    }

    Reply setMaterial(StaffLogin by, String municipality, String language, String text, String url) {
        Map<String, Object> body = new HashMap<>();
        body.put("municipality", municipality);
        body.put("language", language);
        body.put("text", text);
        body.put("url", url);
        return world.put(client, by.accessToken(), "/api/teams/" + team.id() + "/screening-settings/support-material", body);
    }

    String materialPath(String lang) {
        return "/api/participant/screening/support-material?language=" + lang;
    }

    @Test
    void everyRespondentGetsTheirMunicipalitysMaterialInTheirLanguageElseSwedish() {
        assertThat(setMaterial(lead, "Avesta", "sv", "Kvinnojouren Avesta: 0226-100 00", "https://avesta.se/stod.pdf")
                .status()).isEqualTo(200);
        setMaterial(lead, "Avesta", "ar", "مركز دعم المرأة في أفستا", "https://avesta.se/stod-ar.pdf");
        setMaterial(lead, "Norberg", "sv", "Norbergs stödlinje", null);
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        String token = world.token(p);

        Reply arabic = world.get(client, token, materialPath("ar"));
        assertThat(arabic.cacheControl()).isEqualTo("no-store");
        assertThat(arabic.map().get("material")).isEqualTo(Map.of("municipality", "Avesta", "language", "ar",
                "text", "مركز دعم المرأة في أفستا", "url", "https://avesta.se/stod-ar.pdf"));
        @SuppressWarnings("unchecked")
        Map<String, Object> english = (Map<String, Object>) world.get(client, token, materialPath("en")).map().get("material");
        assertThat(english).containsEntry("language", "sv").containsEntry("text", "Kvinnojouren Avesta: 0226-100 00");

        Reply settings = world.get(client, coach.accessToken(), "/api/teams/" + team.id() + "/screening-settings");
        assertThat(settings.status()).isEqualTo(200);
        assertThat((List<?>) settings.map().get("supportMaterial")).hasSize(3);
    }

    @Test
    void withoutMaterialTheParticipantGetsNull() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        Reply r = world.get(client, world.token(p), materialPath("sv"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.map()).containsEntry("material", null);
    }

    @Test
    void emptyTextAndLinkRemoveTheMaterial() {
        setMaterial(lead, "Avesta", "sv", "Kvinnojouren", null);
        Reply removed = setMaterial(lead, "Avesta", "sv", "", "");
        assertThat((List<?>) removed.map().get("supportMaterial")).isEmpty();
    }

    @Test
    void onlyTheTeamLeadChangesSettingsAndOnlyForTheTeamsMunicipalitiesWithWebLinks() {
        assertThat(setMaterial(coach, "Avesta", "sv", "x", null).status()).isEqualTo(403);
        Reply unknown = setMaterial(lead, "Mora", "sv", "x", null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("municipality");
        Reply script = setMaterial(lead, "Avesta", "sv", null, "javascript:alert(1)");
        assertThat(script.status()).isEqualTo(400);
        assertThat(script.body()).contains("url");
        StaffLogin otherLead = fixtures.teamLead(fixtures.team(team.associationId()));
        assertThat(setMaterial(otherLead, "Avesta", "sv", "x", null).status()).isEqualTo(404);
        assertThat(world.put(client, coach.accessToken(), "/api/teams/" + team.id() + "/screening-settings/local-contacts",
                Map.of("localContacts", "x")).status()).isEqualTo(403);
    }
}
