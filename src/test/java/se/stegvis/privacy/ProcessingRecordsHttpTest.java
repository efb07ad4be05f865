package se.stegvis.privacy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.SessionService;
import se.stegvis.support.Api;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.SqlReads;
import se.stegvis.team.TeamView;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records of processing over HTTP: admins and coordinators read them (JSON for the page, Markdown as in
 * docs/), nobody else; and every table of the real schema is either a category's or listed as holding no
 * personal data, so a new table cannot be left out of the records.
 */
@MicronautTest(transactional = false)
class ProcessingRecordsHttpTest {
    static final String PATH = "/api/records-of-processing";

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
    SessionService sessions;
    @Inject
    SqlReads sql;
    @Inject
    ProcessingRecordsService records;

    Api api() {
        return new Api(client, json);
    }

    @Test
    void adminsCoordinatorsAndTheDataProtectionOfficerReadTheRecordsInSwedishOrEnglish() {
        TeamView team = fixtures.team(fixtures.association());
        for (StaffLogin reader : List.of(fixtures.admin(team.associationId()), fixtures.coordinator(team.associationId()),
                fixtures.dataProtectionOfficer(team.associationId()))) {
            Api.Reply sv = api().get(PATH, reader);
            assertThat(sv.status()).isEqualTo(200);
            assertThat(sv.map()).containsEntry("language", "sv").containsEntry("title",
                    "Registerförteckning: personuppgifter i Stegvis");
            assertThat((List<?>) sv.map().get("sections")).hasSize(ProcessingRecords.CATEGORIES.size());
            assertThat(api().get(PATH + "?lang=en", reader).map()).containsEntry("title",
                    "Records of processing: personal data in Stegvis");
            assertThat(api().get(PATH + "?lang=ar", reader).map()).as("no Arabic texts: Swedish")
                    .containsEntry("language", "sv");
        }
        HttpResponse<String> md = client.toBlocking().exchange(HttpRequest.GET(PATH + "/markdown?lang=en")
                .bearerAuth(fixtures.admin(team.associationId()).accessToken()), String.class);
        assertThat(md.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).startsWith("text/markdown"));
        assertThat(md.body()).isEqualTo(records.markdown(Locale.ENGLISH));
    }

    @Test
    void coachesTeamLeadsParticipantsAndStrangersAreRefused() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        String participant = sessions.startParticipantSession(p.id()).token();
        for (String path : List.of(PATH, PATH + "/markdown")) {
            assertThat(api().get(path, coach).status()).as("coach " + path).isEqualTo(403);
            assertThat(api().get(path, fixtures.teamLead(team)).status()).as("team lead " + path).isEqualTo(403);
            assertThat(api().send(HttpRequest.GET(path).bearerAuth(participant), null).status())
                    .as("participant " + path).isEqualTo(403);
            assertThat(api().get(path, null).status()).as("nobody " + path).isEqualTo(401);
        }
    }

    @Test
    void anUnknownLanguageIsAProblemNamingTheField() {
        StaffLogin admin = fixtures.admin(fixtures.association());
        try {
            client.toBlocking().exchange(HttpRequest.GET(PATH + "?lang=de").bearerAuth(admin.accessToken()), String.class);
            throw new AssertionError("expected 400");
        } catch (HttpClientResponseException e) {
            assertThat(e.getStatus().getCode()).isEqualTo(400);
            assertThat(e.getResponse().getContentType()).hasValueSatisfying(t ->
                    assertThat(t.toString()).startsWith("application/problem+json"));
            assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("\"lang\"");
        }
    }

    @Test
    void everyTableOfTheSchemaIsInTheRecordsOrListedAsHoldingNoPersonalData() {
        Set<String> schema = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        sql.rows("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = DATABASE()")
                .forEach(r -> schema.add((String) r.get("t")));
        Set<String> listed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Set<String> twice = new HashSet<>();
        ProcessingRecords.CATEGORIES.forEach(c -> c.tables().forEach(t -> {
            if (!listed.add(t)) {
                twice.add(t);
            }
        }));
        ProcessingRecords.NOT_PERSONAL.forEach(n -> {
            if (!listed.add(n.table())) {
                twice.add(n.table());
            }
        });
        assertThat(twice).as("tables listed twice").isEmpty();
        assertThat(schema).as("tables missing from privacy.ProcessingRecords").isSubsetOf(listed);
        assertThat(listed).as("tables listed that the schema does not have").isSubsetOf(schema);
    }
}
