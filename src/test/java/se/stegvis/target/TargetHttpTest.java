package se.stegvis.target;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.support.Api;
import se.stegvis.support.Fixtures;
import se.stegvis.support.SqlReads;
import se.stegvis.team.TeamView;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A team's yearly targets over HTTP against the real database: who may read and set them, validation, idempotency. */
@MicronautTest(transactional = false)
class TargetHttpTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    Fixtures fixtures;
    @Inject
    SqlReads sql;

    private Api api;
    private TeamView team;
    private TeamView sister;
    private Fixtures.StaffLogin lead;

    @BeforeEach
    void world() {
        api = new Api(client, json);
        team = fixtures.team(fixtures.association());
        sister = fixtures.team(team.associationId());
        lead = fixtures.teamLead(team);
    }

    private String path(int year) {
        return "/api/teams/" + team.id() + "/targets/" + year;
    }

    private static Map<String, Object> target(String kind, String value) {
        return Map.of("kind", kind, "target", new BigDecimal(value));
    }

    private static Map<String, Object> body(Map<?, ?>... targets) {
        return Map.of("targets", List.of(targets));
    }

    private long rows(int year) {
        return sql.count("SELECT COUNT(*) FROM team_target WHERE team_id = ? AND target_year = ?", team.id().toString(), year);
    }

    @Test
    void aTeamLeadSetsTargetsAndReadsThemBack() {
        var put = api.put(path(2026), body(target("NEW_PARTICIPANTS", "20"), target("SHARE_WORK_OR_STUDIES", "0.35")), lead);
        assertThat(put.status()).isEqualTo(200);
        var read = api.get(path(2026), lead);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.map()).containsEntry("year", 2026).containsEntry("teamId", team.id().toString());
        assertThat(read.map().get("targets")).isEqualTo(List.of(Map.of("kind", "NEW_PARTICIPANTS", "target", 20),
                Map.of("kind", "SHARE_WORK_OR_STUDIES", "target", 0.35)));
        assertThat(api.get(path(2027), lead).map().get("targets")).as("another year").isEqualTo(List.of());
    }

    @Test
    void theSamePutTwiceGivesTheSameTargetsAndRows() {
        var b = body(target("NEW_PARTICIPANTS", "20"), target("SHARE_REACHED_GOAL", "0.6"), target("SHARE_WORK_OR_STUDIES", "0.3"));
        var first = api.put(path(2026), b, lead);
        var second = api.put(path(2026), b, lead);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(rows(2026)).isEqualTo(3);
    }

    @Test
    void aPutReplacesTheYearsTargetsKindsLeftOutAreRemoved() {
        api.put(path(2026), body(target("NEW_PARTICIPANTS", "20"), target("SHARE_REACHED_GOAL", "0.6")), lead);
        var reply = api.put(path(2026), body(target("SHARE_REACHED_GOAL", "0.55")), lead);
        assertThat(reply.map().get("targets")).isEqualTo(List.of(Map.of("kind", "SHARE_REACHED_GOAL", "target", 0.55)));
        assertThat(rows(2026)).isEqualTo(1);
    }

    @Test
    void badTargetsAreFieldProblemsInTheCallersLanguageAndNothingChanges() {
        api.put(path(2026), body(target("NEW_PARTICIPANTS", "20")), lead);
        var bad = body(target("NEW_PARTICIPANTS", "2.5"), target("SHARE_WORK_OR_STUDIES", "1.5"), target("COFFEE", "1"));
        for (String language : List.of("sv", "en", "ar")) {
            var reply = api.send(HttpRequest.PUT(path(2026), bad).header("Accept-Language", language), lead);
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.map()).containsEntry("code", "invalid-request");
            assertThat(errors(reply)).extracting(e -> e.get("field"))
                    .containsExactly("targets[0].target", "targets[1].target", "targets[2].kind");
            String message = (String) errors(reply).get(2).get("message");
            assertThat(message).contains("COFFEE").contains(switch (language) {
                case "sv" -> "inget mål";
                case "en" -> "no target";
                default -> "لا يوجد هدف";
            });
        }
        assertThat(rows(2026)).isEqualTo(1);
        assertThat(api.get(path(2026), lead).map().get("targets"))
                .isEqualTo(List.of(Map.of("kind", "NEW_PARTICIPANTS", "target", 20)));
    }

    @Test
    void aYearOutOfRangeIsAFieldProblem() {
        var reply = api.put(path(1999), body(target("NEW_PARTICIPANTS", "20")), lead);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(errors(reply)).extracting(e -> e.get("field")).containsExactly("year");
        assertThat(api.get(path(2101), lead).status()).isEqualTo(400);
    }

    @Test
    void aMissingValueIsABadRequest() {
        var reply = api.put(path(2026), Map.of("targets", List.of(Map.of("kind", "NEW_PARTICIPANTS"))), lead);
        assertThat(reply.status()).isEqualTo(400);
    }

    @Test
    void adminsSetAndCoordinatorsOnlyRead() {
        var admin = fixtures.admin(team.associationId());
        assertThat(api.put(path(2026), body(target("NEW_PARTICIPANTS", "12")), admin).status()).isEqualTo(200);
        var coordinator = fixtures.coordinator(team.associationId());
        assertThat(api.get(path(2026), coordinator).map().get("targets"))
                .isEqualTo(List.of(Map.of("kind", "NEW_PARTICIPANTS", "target", 12)));
        assertThat(api.put(path(2026), body(target("NEW_PARTICIPANTS", "1")), coordinator).status()).isEqualTo(403);
    }

    @Test
    void aCoachOfTheTeamGets404AndCannotSet() {
        var coach = fixtures.coach(team);
        assertThat(api.get(path(2026), coach).status()).isEqualTo(404);
        assertThat(api.put(path(2026), body(target("NEW_PARTICIPANTS", "1")), coach).status()).isEqualTo(403);
    }

    @Test
    void anotherTeamsLeadAndAnotherAssociationsAdminGet404() {
        var otherLead = fixtures.teamLead(sister);
        var foreignAdmin = fixtures.admin(fixtures.association());
        for (var outsider : List.of(otherLead, foreignAdmin)) {
            assertThat(api.get(path(2026), outsider).status()).isEqualTo(404);
            assertThat(api.put(path(2026), body(target("NEW_PARTICIPANTS", "1")), outsider).status()).isEqualTo(404);
        }
        assertThat(rows(2026)).isZero();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(Api.Reply reply) {
        return (List<Map<String, Object>>) reply.map().get("errors");
    }
}
