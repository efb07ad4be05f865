package se.stegvis.report;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.SessionService;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.SqlReads;
import se.stegvis.team.TeamView;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/reports and /api/reports/teams through the embedded server, with the known fixture section:
 * who may have which report, the formats as they go out (type, file name, no-store), problems for bad
 * input in the caller's language, and one audit row per team for every download — without a figure in it.
 */
@MicronautTest(transactional = false)
@Property(name = ReportFixtureSource.PROPERTY, value = "true")
class ReportHttpTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures participants;
    @Inject
    SessionService sessions;
    @Inject
    SqlReads sql;

    TeamView north;
    TeamView south;
    StaffLogin coordinator;

    @BeforeEach
    void anAssociationWithTwoTeams() {
        north = fixtures.team(fixtures.association());
        south = fixtures.team(north.associationId());
        coordinator = fixtures.coordinator(north.associationId());
    }

    private HttpResponse<byte[]> get(String path, String bearer, String language) {
        MutableHttpRequest<?> request = HttpRequest.GET(path);
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            return client.toBlocking().exchange(request, byte[].class);
        } catch (HttpClientResponseException e) {
            return bytes(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static HttpResponse<byte[]> bytes(HttpClientResponseException e) {
        return (HttpResponse<byte[]>) e.getResponse();
    }

    private static String body(HttpResponse<byte[]> r) {
        return r.getBody(byte[].class).map(b -> new String(b, StandardCharsets.UTF_8)).orElse("");
    }

    private Map<String, Object> map(HttpResponse<byte[]> r) throws Exception {
        return json.readValue(body(r), Map.class);
    }

    private static String report(TeamView team, String format) {
        return "/api/reports?teams=" + team.id() + "&period=2025&format=" + format;
    }

    private long downloads(TeamView team, String detail) {
        return sql.count("SELECT COUNT(*) FROM audit_event WHERE team_id = ? AND action = ? AND detail = ?",
                team.id().toString(), ReportExportService.DOWNLOADED, detail);
    }

    @Test
    void coordinatorDownloadsSwedishExcelCsvNamedAfterThePeriodAndTheDownloadIsAudited() {
        HttpResponse<byte[]> r = get(report(north, "csv"), coordinator.bearer(), "sv");
        assertThat(r.code()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/csv");
        assertThat(r.header("Content-Disposition")).isEqualTo("attachment; filename=\"stegvis-rapport-2025.csv\"");
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        String csv = body(r);
        assertThat(csv).startsWith("\uFEFFIndikatorrapport").contains("fixture.new;12;<5;0", "fixture.q1;62,5 %;–;");
        assertThat(downloads(north, "format=csv period=2025 teams=1")).isEqualTo(1);
        assertThat(downloads(south, "format=csv period=2025 teams=1")).isZero();
    }

    @Test
    void theAssociationReportAddsTheTeamsUpAndAuditsEachTeam() throws Exception {
        HttpResponse<byte[]> r = get("/api/reports?teams=" + north.id() + "," + south.id() + "&period=2025-H1",
                coordinator.bearer(), null);
        assertThat(r.code()).isEqualTo(200);
        Map<String, Object> report = map(r);
        assertThat(report.get("period")).isEqualTo("2025-H1");
        assertThat((List<?>) report.get("teams")).hasSize(2);
        assertThat(figure(report, "fixture.flow", 0, 0)).containsEntry("value", 24);
        assertThat(figure(report, "fixture.flow", 0, 1)).containsEntry("suppressed", true);
        assertThat(figure(report, "fixture.flow", 0, 1).get("value")).isNull();
        assertThat(downloads(north, "format=json period=2025-H1 teams=2")).isEqualTo(1);
        assertThat(downloads(south, "format=json period=2025-H1 teams=2")).isEqualTo(1);
    }

    @Test
    void withoutTeamsTheReportCoversEveryTeamTheCallerMayReportOn() throws Exception {
        StaffLogin lead = fixtures.teamLead(south);
        Map<String, Object> report = map(get("/api/reports?period=2025", lead.bearer(), null));
        assertThat((List<?>) report.get("teams")).hasSize(1);
        assertThat(((Map<?, ?>) ((List<?>) report.get("teams")).get(0)).get("id")).isEqualTo(south.id().toString());
    }

    @Test
    void xlsxAndHtmlGoOutWithTheirTypesAndTheHtmlWithItsOwnPolicy() {
        HttpResponse<byte[]> x = get(report(north, "xlsx"), coordinator.bearer(), null);
        assertThat(x.code()).isEqualTo(200);
        assertThat(x.header("Content-Type")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(x.header("Content-Disposition")).contains("stegvis-rapport-2025.xlsx");
        byte[] zip = x.getBody(byte[].class).orElseThrow();
        assertThat(new String(zip, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        HttpResponse<byte[]> h = get(report(north, "html") + "&lang=ar", coordinator.bearer(), "sv");
        assertThat(h.code()).isEqualTo(200);
        assertThat(h.header("Content-Type")).startsWith("text/html");
        assertThat(h.header("Content-Security-Policy")).isEqualTo(ReportHtml.CONTENT_SECURITY_POLICY);
        assertThat(body(h)).contains("<html lang=\"ar\" dir=\"rtl\">", "<svg", "&lt;5");
        assertThat(downloads(north, "format=xlsx period=2025 teams=1")).isEqualTo(1);
        assertThat(downloads(north, "format=html period=2025 teams=1")).isEqualTo(1);
    }

    @Test
    void theCommaCsvFollowsAcceptLanguage() {
        String csv = body(get(report(north, "csv-comma"), coordinator.bearer(), "en-GB,en;q=0.9"));
        assertThat(csv).startsWith("Indicator report").contains("Item,Women,Men,Other/unknown", "fixture.q1,62.5%,–,");
    }

    @Test
    void teamLeadGetsTheReportOfTheirOwnTeam() {
        StaffLogin lead = fixtures.teamLead(north);
        assertThat(get(report(north, "csv"), lead.bearer(), null).code()).isEqualTo(200);
    }

    @Test
    void teamLeadOfAnotherTeamGets404AndNothingIsAudited() throws Exception {
        StaffLogin otherLead = fixtures.teamLead(south);
        HttpResponse<byte[]> r = get(report(north, "csv"), otherLead.bearer(), null);
        assertThat(r.code()).isEqualTo(404);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(get("/api/reports?teams=" + north.id() + "," + south.id() + "&period=2025", otherLead.bearer(), null)
                .code()).isEqualTo(404);
        assertThat(downloads(north, "format=csv period=2025 teams=1")).isZero();
    }

    @Test
    void adminOfAnotherAssociationGets404() {
        StaffLogin foreign = fixtures.admin(fixtures.association());
        assertThat(get(report(north, "json"), foreign.bearer(), null).code()).isEqualTo(404);
    }

    @Test
    void coachGets403() {
        StaffLogin coach = fixtures.coach(north);
        assertThat(get(report(north, "csv"), coach.bearer(), null).code()).isEqualTo(403);
        assertThat(get("/api/reports/teams", coach.bearer(), null).code()).isEqualTo(403);
    }

    @Test
    void participantGets403AndAnonymous401() {
        ParticipantView p = participants.aParticipant().createdIn(north, fixtures.coach(north));
        String token = "Bearer " + sessions.startParticipantSession(p.id()).token();
        assertThat(get(report(north, "csv"), token, null).code()).isEqualTo(403);
        assertThat(get(report(north, "csv"), null, null).code()).isEqualTo(401);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sv|Perioden \"2025-13\" förstås inte",
            "en|The period \"2025-13\" is not understood",
            "ar|لم يتم فهم الفترة \"2025-13\""})
    void aBadPeriodIsA400ProblemNamingTheFieldInTheCallersLanguage(String language, String message) throws Exception {
        HttpResponse<byte[]> r = get("/api/reports?teams=" + north.id() + "&period=2025-13&format=csv",
                coordinator.bearer(), language);
        assertThat(r.code()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        Map<String, Object> problem = map(r);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.get("field")).isEqualTo("period");
            assertThat((String) e.get("message")).startsWith(message);
        });
        assertThat(downloads(north, "format=csv period=2025-13 teams=1")).isZero();
    }

    @Test
    void aBadFormatAndBadTeamIdsAreNamedTogether() throws Exception {
        HttpResponse<byte[]> r = get("/api/reports?teams=nonsense&period=2025&format=pdf", coordinator.bearer(), "en");
        assertThat(r.code()).isEqualTo(400);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) map(r).get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder("teams", "format");
    }

    @Test
    void aMissingOrReversedPeriodIsA400NeverA500() {
        assertThat(get("/api/reports?teams=" + north.id(), coordinator.bearer(), null).code()).isEqualTo(400);
        assertThat(get("/api/reports?period=2025-06-01..2025-01-01", coordinator.bearer(), null).code()).isEqualTo(400);
        assertThat(get("/api/reports?period=2025-02-30..2025-03-01", coordinator.bearer(), null).code()).isEqualTo(400);
    }

    @Test
    void theTeamsListIsTheAssociationsForACoordinatorAndTheirOwnForATeamLead() throws Exception {
        HttpResponse<byte[]> all = get("/api/reports/teams", coordinator.bearer(), null);
        assertThat(all.header("Cache-Control")).isEqualTo("no-store");
        List<Object> teams = ids((List<?>) json.readValue(body(all), Object.class));
        assertThat(teams)
                .containsExactlyInAnyOrder(north.id().toString(), south.id().toString());
        List<Object> own = ids((List<?>) json.readValue(body(get("/api/reports/teams", fixtures.teamLead(south).bearer(),
                null)), Object.class));
        assertThat(own).containsExactly(south.id().toString());
    }

    @Test
    void theLabelsComeInTheAskedLanguage() throws Exception {
        Map<String, Object> labels = map(get("/api/reports/labels?lang=ar", coordinator.bearer(), "sv"));
        assertThat(labels).containsEntry("report.column.WOMAN", "نساء").containsKey("report.export.threshold");
        assertThat(labels.keySet()).allMatch(k -> k.startsWith("report."));
    }

    private static List<Object> ids(List<?> teams) {
        return teams.stream().map(t -> (Object) ((Map<?, ?>) t).get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> figure(Map<String, Object> report, String table, int row, int column) {
        for (Object s : (List<?>) report.get("sections")) {
            for (Object t : (List<?>) ((Map<String, Object>) s).get("tables")) {
                Map<String, Object> tm = (Map<String, Object>) t;
                if (table.equals(tm.get("key"))) {
                    Map<String, Object> r = (Map<String, Object>) ((List<?>) tm.get("rows")).get(row);
                    return (Map<String, Object>) ((List<?>) r.get("figures")).get(column);
                }
            }
        }
        throw new AssertionError("no table " + table);
    }
}
