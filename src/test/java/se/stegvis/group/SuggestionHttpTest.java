package se.stegvis.group;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.SessionService;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SuggestionHttpTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    SessionService sessions;
    @Inject
    GroupHttp http;
    @Inject
    ConnectionOperations<Connection> connections;

    record Column(String name, String type) {
    }

    @Test
    void suggestionTableHasNoParticipantKeyAndNoTimeColumn() {
        List<Column> columns = connections.executeRead(status -> {
            List<Column> found = new ArrayList<>();
            try (ResultSet rs = status.getConnection().getMetaData().getColumns(
                    status.getConnection().getCatalog(), null, "group_suggestion", null)) {
                while (rs.next()) {
                    found.add(new Column(rs.getString("COLUMN_NAME").toLowerCase(), rs.getString("TYPE_NAME").toUpperCase()));
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return found;
        });
        assertThat(columns).extracting(Column::name).containsExactlyInAnyOrder("id", "team_id", "period", "text", "handled");
        assertThat(columns).extracting(Column::type).noneMatch(t -> t.contains("DATE") || t.contains("TIME"));
    }

    @Test
    void aSuggestionIsSavedWithTeamAndMonthOnlyAndTheReplyIdentifiesNothing() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        String token = sessions.startParticipantSession(p.id()).token();
        var sent = http.send(http.request("POST", "/api/participant/suggestions",
                Map.of("text", "Kan vi starta en gitarrgrupp?"), token, UUID.randomUUID().toString()));
        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.body()).isEqualTo("{\"saved\":true}");

        var list = http.list(http.send("GET", "/api/teams/" + team.id() + "/suggestions", null, coach.bearer()));
        assertThat(list).singleElement().satisfies(s -> {
            assertThat(s).containsEntry("text", "Kan vi starta en gitarrgrupp?")
                    .containsEntry("period", java.time.YearMonth.from(people.today()).toString())
                    .containsEntry("handled", false);
            assertThat(UUID.fromString((String) s.get("id")).version()).isEqualTo(4);
            assertThat(s.toString()).doesNotContain(p.id().toString());
        });
        String id = (String) list.get(0).get("id");
        StaffLogin stranger = fixtures.coach(fixtures.team(team.associationId()));
        assertThat(http.send("PUT", "/api/suggestions/" + id + "/handled", Map.of("handled", true), stranger.bearer())
                .status()).isEqualTo(404);
        assertThat(http.map(http.send("PUT", "/api/suggestions/" + id + "/handled", Map.of("handled", true),
                coach.bearer()))).containsEntry("handled", true);
    }

    @Test
    void anEmptySuggestionIsA400NamingTheText() {
        TeamView team = fixtures.team(fixtures.association());
        ParticipantView p = people.aParticipant().createdIn(team, fixtures.coach(team));
        var r = http.send(http.request("POST", "/api/participant/suggestions", Map.of("text", "  "),
                sessions.startParticipantSession(p.id()).token(), UUID.randomUUID().toString()));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"text\"");
    }
}
