package se.stegvis.portal;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.LoginService;
import se.stegvis.security.Role;
import se.stegvis.security.SessionService;
import se.stegvis.security.Throttle;
import se.stegvis.support.Fixtures;
import se.stegvis.support.SqlReads;
import se.stegvis.team.StaffView;
import se.stegvis.team.TeamView;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FIT trend, the alerts page and the screening page of the staff views in real headless Chromium
 * against the real API and database. Ten weekly sessions go in through the FIT API (paper ORS and SRS,
 * session 6 with a low SRS, so one alert); an urgent screening goes in through the portal's API.
 */
@MicronautTest(transactional = false)
class StaffFitBrowserTest extends BrowserTest {
    /** ORS total of session n (1–10): 12, 14, …, 30; SRS 36 except 24 in session 6. */
    static final int SESSIONS = 10;
    static final int LOW_SRS_SESSION = 6;

    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    SessionService sessions;
    @Inject
    InstrumentService instruments;
    @Inject
    Throttle throttle;
    @Inject
    JsonMapper json;
    @Inject
    Clock clock;
    @Inject
    SqlReads sqlReads;

    private final HttpClient http = HttpClient.newHttpClient();
    TeamView team;
    StaffView coach;
    ParticipantView amal;

    @BeforeEach
    void aParticipantWithTenSessions() throws Exception {
        throttle.reset(LoginService.addressBucket("127.0.0.1"));
        throttle.reset(LoginService.addressBucket("0:0:0:0:0:0:0:1"));
        team = fixtures.team(fixtures.association());
        coach = fixtures.staffMember(team.associationId(), Role.COACH, team);
        amal = people.aParticipant().named("Amal Hassan").woman().born(1990).enrolledDaysAgo(80)
                .createdIn(team, login(coach));
        LocalDate first = people.today().minusWeeks(SESSIONS);
        for (int n = 1; n <= SESSIONS; n++) {
            String session = (String) call("POST", "/api/teams/" + team.id() + "/fit/sessions", Map.of("kind", "INDIVIDUAL",
                    "heldOn", first.plusWeeks(n - 1).toString(), "participantIds", List.of(amal.id())), 201).get("id");
            paper(session, "ORS", 3 + (n - 1) * 0.5);
            paper(session, "SRS", n == LOW_SRS_SESSION ? 6 : 9);
        }
    }

    @Test
    void coachReadsTheTrendOnATabletAcknowledgesTheAlertAndOpensAnUrgentScreeningFirst() throws Exception {
        open("sv", 768, 1024);
        logIn(coach);
        assertThat(page.locator("h1")).hasText("Mina deltagare");
        assertThat(page.locator("#urgent-banner")).hasCount(0);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Amal Hassan")).click();
        page.locator("#trend-link").click();
        assertThat(page.locator("h1")).hasText("FIT-kurva för Amal Hassan");
        Locator chart = page.locator("figure.chart svg.fit-chart");
        assertThat(chart).isVisible();
        assertThat(chart).hasAttribute("role", "img");
        assertThat(chart.locator(".ors-point")).hasCount(SESSIONS);
        assertThat(chart.locator(".srs-point")).hasCount(SESSIONS);
        assertThat(chart.locator(".alert-marker")).hasCount(1);
        assertThat(chart.locator(".alert-marker title")).hasText("Session " + LOW_SRS_SESSION + ": Låg eller sjunkande SRS");

        Locator rows = page.locator("#trend-table tbody tr");
        assertThat(rows).hasCount(SESSIONS);
        assertThat(page.locator("#trend-table caption")).hasText("ORS och SRS för Amal Hassan per session och fråga");
        assertThat(page.locator("#trend-table thead th[scope=col]")).hasCount(2 + 4 + 1 + 4 + 1 + 2);
        for (int n = 1; n <= SESSIONS; n++) {
            Locator row = rows.nth(n - 1);
            assertThat(row.locator("th[scope=row]")).hasText(String.valueOf(n));
            assertThat(row.locator("td.total").nth(0)).hasText(String.valueOf(12 + 2 * (n - 1)));
            assertThat(row.locator("td.total").nth(1)).hasText(n == LOW_SRS_SESSION ? "24" : "36");
        }
        assertThat(rows.nth(LOW_SRS_SESSION - 1)).containsText("Låg eller sjunkande SRS");
        assertThat(page.locator("#trend-explained")).containsText("kliniska gränsen (25)");
        assertThat(page.locator("#trend-explained")).containsText("ingen säker förändring från första ORS");
        assertThat(page.locator("#trend-explained")).containsText("Första ORS 12, senaste 30: tillförlitligt bättre");
        assertThat(page.locator("#trend-alerts li")).hasCount(1);
        assertFitsTheWidth();
        screenshot("staff-trend-tablet-sv.png");

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("header.bar")).isHidden();
        assertThat(page.locator("#nav")).isHidden();
        assertThat(page.locator("#print")).isHidden();
        assertThat(chart).isVisible();
        assertThat(rows.nth(SESSIONS - 1)).isVisible();
        page.pdf(new Page.PdfOptions().setPath(Paths.get("target", "screenshots", "staff-trend-sv.pdf")));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        assertThat(page.locator("header.bar")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Signaler").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Signaler");
        Locator alerts = page.locator("#fit-alerts .fit-alert");
        assertThat(alerts).hasCount(1);
        assertThat(alerts).containsText("Låg eller sjunkande SRS");
        alerts.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Kvittera")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Skriv en kort anteckning först.");
        page.getByLabel("Kort anteckning: vad du gjorde eller bestämde").fill("Pratade om upplägget, byter tid");
        alerts.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Kvittera")).click();
        assertThat(page.locator("#status")).hasText("Signalen för Amal Hassan är kvitterad.");
        assertThat(page.locator("#fit-alerts")).hasCount(0);
        assertThat(count("SELECT COUNT(*) FROM fit_alert WHERE participant_id = ? AND acknowledged_at IS NOT NULL"
                + " AND note = ?", amal.id().toString(), "Pratade om upplägget, byter tid")).isEqualTo(1);

        submitUrgentScreening(amal);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deltagare").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Mina deltagare");
        Locator first = page.locator("main > :first-child");
        assertThat(first).hasId("urgent-banner");
        assertThat(first).containsText("1 deltagare har svarat på screeningen om våld och vill ha kontakt snart");
        screenshot("staff-urgent-banner-sv.png");
        assertThat(reads()).isZero();

        first.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Svar från Amal Hassan")).click();
        assertThat(page.locator("h1")).hasText("Screening om våld: Amal Hassan");
        assertThat(page.locator("#screenings > li")).hasCount(1);
        assertThat(page.locator("#screenings")).containsText("Vill ha kontakt snart");
        assertThat(page.locator("#screenings dd").first()).hasText("Ja");
        assertThat(page.locator("#urgent-banner")).hasCount(0);
        assertThat(reads()).as("the read is audited").isEqualTo(1);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deltagare").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Mina deltagare");
        assertThat(page.locator("#urgent-banner")).hasCount(0); // read: no banner any more
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en", "ar"})
    void trendAlertsAndScreeningPagesHaveNoAxeViolationsOnAPhone(String lang) throws Exception {
        submitUrgentScreening(amal);
        open(lang, 360, 640);
        logIn(coach);
        assertThat(page.locator("#urgent-banner")).isVisible();
        Axe.assertNoViolations(page, "participants with the urgent banner");

        page.navigate(url("/staff#/participant/" + amal.id() + "/trend"));
        assertThat(page.locator("figure.chart svg .ors-point")).hasCount(SESSIONS);
        assertThat(page.locator("#trend-table tbody tr")).hasCount(SESSIONS);
        assertThat(page.locator("html")).hasAttribute("dir", lang.equals("ar") ? "rtl" : "ltr");
        assertFitsTheWidth();
        Axe.assertNoViolations(page, "trend");
        screenshot("staff-trend-" + lang + ".png");

        page.navigate(url("/staff#/alerts"));
        assertThat(page.locator("#screening-alerts li")).hasCount(1);
        assertThat(page.locator("#fit-alerts .fit-alert")).hasCount(1);
        assertThat(page.locator("#screening-alerts")).isVisible();
        assertFitsTheWidth();
        Axe.assertNoViolations(page, "alerts");
        screenshot("staff-alerts-" + lang + ".png");

        page.locator("#screening-alerts a").click();
        assertThat(page.locator("#screenings > li")).hasCount(1);
        assertFitsTheWidth();
        Axe.assertNoViolations(page, "screening");
        screenshot("staff-screening-" + lang + ".png");
    }

    // ---------------------------------------------------------------- helpers

    private void open(String lang, int width, int height) {
        openStaffLogin(touchScreen(lang, width, height), lang);
    }

    private void logIn(StaffView who) {
        logInStaff(who.username(), clock.instant());
    }


    private Fixtures.StaffLogin login(StaffView s) {
        SessionService.StaffTokens t = sessions.startStaffSession(s.id(), s.role());
        return new Fixtures.StaffLogin(s, t.accessToken(), t.refreshToken());
    }

    /** A paper rating with four equal items, entered by the coach through the FIT API. */
    private void paper(String session, String code, double item) throws Exception {
        Map<String, Object> answers = new LinkedHashMap<>();
        instruments.current(team.associationId(), code).definition().items().forEach(i -> answers.put(i.key(), item));
        call("POST", "/api/fit/sessions/" + session + "/ratings", Map.of("participantId", amal.id().toString(),
                "instrumentCode", code, "answers", answers), 201);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(String method, String path, Object body, int expected) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json").header("Authorization", login(coach).bearer())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(expected);
        return json.readValue(r.body(), Map.class);
    }

    /** Going on now and wants support now: urgent (see ScreeningItems). Through the portal's real API. */
    private void submitUrgentScreening(ParticipantView p) throws Exception {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("exposed_threats_control", "YES");
        answers.put("exposed_physical", "YES");
        answers.put("exposed_sexual", "DECLINED");
        answers.put("ongoing", "YES");
        answers.put("uses_violence", "NO");
        answers.put("children_witness", "YES");
        answers.put("wants_support_now", "YES");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("versionId", instruments.current(team.associationId(), "VIOLENCE_SCREENING").versionId().toString());
        body.put("answers", answers);
        body.put("declined", false);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/participant/screening/responses")))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + sessions.startParticipantSession(p.id()).token())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    /** The coach's audited reads of Amal's screenings. */
    private long reads() {
        return count("SELECT COUNT(*) FROM audit_event WHERE actor_id = ? AND action = 'SCREENING_READ'"
                + " AND participant_id = ?", coach.id().toString(), amal.id().toString());
    }

    private long count(String sql, Object... params) {
        return sqlReads.count(sql, params);
    }

}
