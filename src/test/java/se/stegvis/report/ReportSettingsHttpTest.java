package se.stegvis.report;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.support.Api;
import se.stegvis.support.Fixtures;
import se.stegvis.support.SqlReads;
import se.stegvis.team.TeamView;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The association's report settings over HTTP against the real database: defaults, changes, access, validation. */
@MicronautTest(transactional = false)
class ReportSettingsHttpTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    Fixtures fixtures;
    @Inject
    SqlReads sql;
    @Inject
    ReportService reports;

    private Api api;
    private UUID association;
    private TeamView team;
    private Fixtures.StaffLogin admin;
    private Fixtures.StaffLogin coordinator;

    @BeforeEach
    void association() {
        api = new Api(client, json);
        association = fixtures.association();
        team = fixtures.team(association);
        admin = fixtures.admin(association);
        coordinator = fixtures.coordinator(association);
    }

    private String path() {
        return "/api/associations/" + association + "/report-settings";
    }

    private static Map<String, Object> body(int threshold, List<Integer> bands, String veryGood, String good,
                                            String acceptable) {
        return Map.of("threshold", threshold, "ageBands", bands, "verdicts",
                Map.of("veryGood", new BigDecimal(veryGood), "good", new BigDecimal(good),
                        "acceptable", new BigDecimal(acceptable)));
    }

    @Test
    void anAssociationWithoutSettingsReadsTheDocumentedDefaults() {
        var reply = api.get(path(), coordinator);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.map()).containsEntry("threshold", 5).containsEntry("ageBands", List.of(16, 25, 35, 45, 55));
        assertThat(reply.map().get("verdicts").toString()).contains("veryGood=1.1", "good=1", "acceptable=0.85");
    }

    @Test
    void aCoordinatorChangesTheSettingsAndReportsUseThem() {
        var put = api.put(path(), body(7, List.of(18, 30, 50), "1.20", "1.00", "0.90"), coordinator);
        assertThat(put.status()).isEqualTo(200);
        var read = api.get(path(), admin);
        assertThat(read.map()).containsEntry("threshold", 7).containsEntry("ageBands", List.of(18, 30, 50));
        assertThat(read.map().get("verdicts").toString()).contains("veryGood=1.2", "acceptable=0.9");
        Report report = reports.build(ParticipantFixtures.actor(coordinator), List.of(team.id()), ReportPeriod.year(2025));
        assertThat(report.threshold()).isEqualTo(7);
    }

    @Test
    void theSamePutTwiceLeavesOneRowWithTheSameSettings() {
        var first = api.put(path(), body(6, List.of(16, 30), "1.10", "1.00", "0.80"), admin);
        var second = api.put(path(), body(6, List.of(16, 30), "1.10", "1.00", "0.80"), admin);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(sql.count("SELECT COUNT(*) FROM report_settings WHERE association_id = ?", association.toString()))
                .isEqualTo(1);
        assertThat(api.get(path(), admin).json()).isEqualTo(first.json());
    }

    @Test
    void aThresholdBelowThreeIsAFieldProblemAndNothingIsStored() {
        var reply = api.put(path(), body(2, List.of(16, 25), "1.10", "1.00", "0.85"), admin);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.map()).containsEntry("code", "invalid-request");
        assertThat(fields(reply)).containsExactly("threshold");
        assertThat(sql.count("SELECT COUNT(*) FROM report_settings WHERE association_id = ?", association.toString()))
                .isZero();
    }

    @Test
    void everyBadFieldIsNamedInTheCallersLanguage() {
        Map<String, Object> bad = body(1, List.of(30, 20), "1.00", "1.00", "0.85");
        for (String language : List.of("sv", "en", "ar")) {
            var reply = api.send(HttpRequest.PUT(path(), bad).header("Accept-Language", language), admin);
            assertThat(reply.status()).isEqualTo(400);
            assertThat(fields(reply)).containsExactly("ageBands[1]", "threshold", "verdicts");
            String threshold = message(reply, "threshold");
            switch (language) {
                case "sv" -> assertThat(threshold).contains("Gränsen för små tal");
                case "en" -> assertThat(threshold).contains("small-count threshold");
                default -> assertThat(threshold).contains("حد الأعداد الصغيرة");
            }
        }
    }

    @Test
    void aMissingFieldIsABadRequestNotAServerError() {
        var reply = api.put(path(), Map.of("threshold", 5, "ageBands", List.of(16)), admin);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).contains("verdicts");
    }

    @Test
    void coachesAndTeamLeadsAreRefused() {
        assertThat(api.get(path(), fixtures.coach(team)).status()).isEqualTo(403);
        assertThat(api.get(path(), fixtures.teamLead(team)).status()).isEqualTo(403);
        assertThat(api.put(path(), body(6, List.of(16), "1.1", "1", "0.85"), fixtures.teamLead(team)).status())
                .isEqualTo(403);
    }

    @Test
    void anotherAssociationsAdminGets404() {
        var foreign = fixtures.admin(fixtures.association());
        assertThat(api.get(path(), foreign).status()).isEqualTo(404);
        assertThat(api.put(path(), body(6, List.of(16), "1.1", "1", "0.85"), foreign).status()).isEqualTo(404);
        assertThat(sql.count("SELECT COUNT(*) FROM report_settings WHERE association_id = ?", association.toString()))
                .isZero();
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Api.Reply reply) {
        return ((List<Map<String, Object>>) reply.map().get("errors")).stream().map(e -> (String) e.get("field"))
                .sorted().toList();
    }

    @SuppressWarnings("unchecked")
    private static String message(Api.Reply reply, String field) {
        return ((List<Map<String, Object>>) reply.map().get("errors")).stream()
                .filter(e -> field.equals(e.get("field"))).map(e -> (String) e.get("message")).findFirst().orElseThrow();
    }
}
