package se.stegvis.group;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.shared.Sha256;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.SessionService;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class CalendarHttpTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    SessionService sessions;
    @Inject
    GroupFixtures groups;
    @Inject
    GroupHttp http;
    @Inject
    io.micronaut.runtime.server.EmbeddedServer server;
    @Inject
    ConnectionOperations<Connection> connections;

    private HttpResponse<String> anonymousGet(String path) throws Exception {
        return http.client().send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theFeedHoldsMySeatsNotMyWaitlistPlacesAndARevokedOrReplacedLinkIs404() throws Exception {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        UUID mine = groups.activity(coach, team.id(), 5);
        UUID full = groups.activity(coach, team.id(), 1);
        ParticipantView other = people.aParticipant().createdIn(team, coach);
        http.signUp(full, sessions.startParticipantSession(other.id()).token());
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        String token = sessions.startParticipantSession(p.id()).token();
        http.signUp(mine, token);
        assertThat(http.map(http.signUp(full, token))).containsEntry("status", "WAITLISTED");

        var link = http.send("POST", "/api/participant/calendar-link", null, token);
        assertThat(link.status()).isEqualTo(201);
        String path = (String) http.map(link).get("path");
        var feed = anonymousGet(path);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        List<Map<String, String>> events = ICalendarParser.events(feed.body());
        assertThat(events).hasSize(2).allSatisfy(e -> {
            assertThat(e.get("SUMMARY")).isEqualTo("Skogsgrupp");
            assertThat(ICalendarParser.unescape(e.get("LOCATION"))).isEqualTo("Träffpunkten, Avesta");
        });
        String secret = path.substring(path.lastIndexOf('/') + 1);
        assertThat(storedHashes()).doesNotContain(secret).contains(Sha256.hex(secret));

        String newPath = (String) http.map(http.send("POST", "/api/participant/calendar-link", null, token)).get("path");
        assertThat(anonymousGet(path).statusCode()).as("the old link after a new one").isEqualTo(404);
        assertThat(anonymousGet(newPath).statusCode()).isEqualTo(200);
        assertThat(http.send("DELETE", "/api/participant/calendar-link", null, token).status()).isEqualTo(204);
        assertThat(anonymousGet(newPath).statusCode()).as("a revoked link").isEqualTo(404);
    }

    @Test
    void anActivityDownloadsAsAnIcsFileWithEverySession() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        UUID activity = groups.activity(coach, team.id(), 5);
        ParticipantView p = people.aParticipant().speaks("en").createdIn(team, coach);
        var ics = http.send("GET", "/api/participant/activities/" + activity + "/calendar", null,
                sessions.startParticipantSession(p.id()).token());
        assertThat(ics.status()).isEqualTo(200);
        List<Map<String, String>> events = ICalendarParser.events(ics.body());
        assertThat(events).hasSize(2).allSatisfy(e -> assertThat(e.get("SUMMARY")).isEqualTo("Forest group"));
        assertThat(events).extracting(e -> e.get("UID")).doesNotHaveDuplicates();
    }

    private List<String> storedHashes() {
        return connections.executeRead(status -> {
            List<String> found = new java.util.ArrayList<>();
            try (ResultSet rs = status.getConnection().createStatement()
                    .executeQuery("SELECT token_hash FROM group_calendar_token")) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return found;
        });
    }
}
