package se.stegvis.report;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.SessionService;
import se.stegvis.shared.IdempotencyService;
import se.stegvis.support.Api;
import se.stegvis.support.Fixtures.StaffLogin;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test helpers of the report sections: participants answering through the real HTTP API, a
 * coordinator's report through {@link ReportService}, and reading raw and published cells by key.
 */
@Singleton
public class SectionWorld {
    private final Api api;
    private final SessionService sessions;
    private final InstrumentService instruments;
    private final ReportService reports;
    private final ParticipantFixtures people;

    SectionWorld(@Client("/") HttpClient client, JsonMapper json, SessionService sessions,
                 InstrumentService instruments, ReportService reports, ParticipantFixtures people) {
        this.api = new Api(client, json);
        this.sessions = sessions;
        this.instruments = instruments;
        this.reports = reports;
        this.people = people;
    }

    /** The last sixty days up to today: every answer these tests give (this month) lies in it. */
    public ReportPeriod period() {
        LocalDate today = people.today();
        return new ReportPeriod(today.minusDays(60), today, "test");
    }

    /** The participant hands in answers to the current version of the instrument; 201 expected. */
    public void answer(ParticipantView p, UUID associationId, String code, Map<String, ?> answers) {
        Api.Reply r = asParticipant(p, "/api/participant/responses", Map.of("versionId",
                instruments.current(associationId, code).versionId().toString(), "answers", answers));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    /** The participant hands in the violence screening (null answers and declined: "vill inte svara"). */
    public void screen(ParticipantView p, UUID associationId, Map<String, ?> answers, boolean declined) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("versionId", instruments.current(associationId, "VIOLENCE_SCREENING").versionId().toString());
        body.put("answers", answers);
        body.put("declined", declined);
        Api.Reply r = asParticipant(p, "/api/participant/screening/responses", body);
        assertThat(r.status()).as(r.body()).isIn(200, 201);
    }

    public Api.Reply asParticipant(ParticipantView p, String path, Object body) {
        MutableHttpRequest<Object> request = HttpRequest.POST(path, body)
                .bearerAuth(sessions.startParticipantSession(p.id()).token())
                .header(IdempotencyService.HEADER, UUID.randomUUID().toString());
        return api.send(request, null);
    }

    public Api.Reply staff(String method, String path, Object body, StaffLogin as) {
        return api.send(method.equals("GET") ? HttpRequest.GET(path) : HttpRequest.PUT(path, body), as);
    }

    /** The coordinator's published report on the teams for {@link #period()}. */
    public Report report(StaffLogin coordinator, UUID... teams) {
        return reports.build(ParticipantFixtures.actor(coordinator), List.of(teams), period());
    }

    static ReportSection section(Report report, String key) {
        return report.sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    static Figure cell(ReportSection section, String table, String row, String column) {
        ReportTable t = section.tables().stream().filter(x -> x.key().equals(table)).findFirst().orElseThrow();
        ReportTable.Row r = t.rows().stream().filter(x -> x.key().equals(row)).findFirst().orElseThrow();
        return r.figures().get(t.columns().indexOf(column));
    }

    static <T extends RawTable> T table(RawSection section, String key, Class<T> type) {
        return type.cast(section.tables().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow());
    }

    static long count(CountTable t, String row, String column) {
        return t.value(t.rows().indexOf(row), t.columns().indexOf(column));
    }

    /** "agreeing/answered" of a share cell. */
    static String share(ShareTable t, String row, String column) {
        int r = t.rows().indexOf(row);
        int c = t.columns().indexOf(column);
        return t.numerators()[r][c] + "/" + t.denominators()[r][c];
    }

    static SampleTable.Sample sample(SampleTable t, String row, String column) {
        return t.samples()[t.rows().indexOf(row)][t.columns().indexOf(column)];
    }

    /** The published value as text ("0.500", "10.60"), "hidden" or "none". */
    static String shown(Figure f) {
        if (f.suppressed()) {
            assertThat(f.value()).isNull();
            return "hidden";
        }
        return f.value() == null ? "none" : f.value().toPlainString();
    }
}
