package se.stegvis.portal;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
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
import se.stegvis.participant.Referrer;
import se.stegvis.response.DueService;
import se.stegvis.security.LoginService;
import se.stegvis.security.Role;
import se.stegvis.security.SessionService;
import se.stegvis.security.Throttle;
import se.stegvis.security.Totp;
import se.stegvis.support.Fixtures;
import se.stegvis.team.StaffView;
import se.stegvis.team.TeamView;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff views in real headless Chromium against the real API and database: staff log in with
 * username, password and a real TOTP code; participants answer through the real answers API. Phone
 * width (360×640) throughout; axe-core checks every staff page in sv, en and ar.
 */
@MicronautTest(transactional = false)
class StaffBrowserTest extends BrowserTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    DueService due;
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

    private final HttpClient http = HttpClient.newHttpClient();
    TeamView team;
    StaffView coach;

    @BeforeEach
    void aTeamAndAFreshAddress() {
        throttle.reset(LoginService.addressBucket("127.0.0.1"));
        throttle.reset(LoginService.addressBucket("0:0:0:0:0:0:0:1"));
        team = fixtures.team(fixtures.association());
        coach = fixtures.staffMember(team.associationId(), Role.COACH, team);
    }

    @Test
    void coachLogsInWithTotpSeesWhoAnsweredAndOpensOneParticipant() throws Exception {
        ParticipantView alva = people.aParticipant().named("Alva Berg").enrolledDaysAgo(5).createdIn(team, login(coach));
        ParticipantView bo = people.aParticipant().named("Bo Dahl").enrolledDaysAgo(40).createdIn(team, login(coach));
        StaffView colleague = fixtures.staffMember(team.associationId(), Role.COACH, team);
        people.aParticipant().named("Cecilia Ek").enrolledDaysAgo(5).createdIn(team, login(colleague));
        due.request(ParticipantFixtures.actor(login(coach)), alva.id(), "ORS", null);
        submit(alva, "ORS", Map.of("individually", 7, "interpersonally", 6, "socially", 5, "overall", 8));

        open("sv");
        logIn(coach, totpNow());

        assertThat(page.locator("h1")).hasText("Mina deltagare");
        Locator people = page.locator(".person");
        assertThat(people).hasCount(2);
        assertThat(people.nth(0).locator("h2")).hasText("Alva Berg");
        assertThat(people.nth(0)).containsText("Besvarad");
        assertThat(people.nth(1).locator("h2")).hasText("Bo Dahl");
        assertThat(people.nth(1)).containsText("Försenad");
        assertThat(page.locator("main")).not().containsText("Cecilia Ek");
        screenshot("staff-overview-sv.png");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alva Berg")).click();
        assertThat(page.locator("h1")).hasText("Alva Berg");
        assertThat(page.locator("main")).containsText("poäng 26");
        assertThat(page.locator("main")).containsText("Besvarad");
        screenshot("staff-participant-sv.png");
        assertThat(bo.id()).isNotNull();
        assertNoTokenKeptInTheBrowser();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut")).click();
        assertThat(page.locator("h1")).hasText("Logga in");
        assertThat(page.locator("#nav")).isHidden();
    }

    @Test
    void wrongTotpShowsAClearErrorAndLockoutSaysWhenToTryAgain() throws Exception {
        open("sv");
        String wrong = Totp.code(Fixtures.TOTP_SECRET, Totp.stepAt(clock.instant()) + 40);
        logIn(coach, wrong);
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(
                "Engångskoden stämmer inte. Kontrollera att telefonens klocka går rätt och försök igen.");
        assertThat(page.locator("#totp")).hasValue("");

        StaffView locked = fixtures.staffMember(team.associationId(), Role.COACH, team);
        for (int i = 0; i < 5; i++) {
            apiLogin(locked.username(), "inte lösenordet alls");
        }
        throttle.reset(LoginService.addressBucket("127.0.0.1"));
        throttle.reset(LoginService.addressBucket("0:0:0:0:0:0:0:1"));
        logIn(locked, totpNow());
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("För många misslyckade försök. Försök igen om 15 minuter.");
    }

    @Test
    void coachCorrectsABackgroundVariableWithAReasonAndSeesItInTheChangeHistory() throws Exception {
        StaffView me = fixtures.staffMember(team.associationId(), Role.COACH, team);
        people.aParticipant().named("Elin Fors").woman().referredBy(Referrer.SOCIAL_SERVICES).enrolledDaysAgo(20)
                .createdIn(team, login(me));

        open("sv");
        logIn(me, totpNow());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Elin Fors")).click();
        assertThat(page.locator("h1")).hasText("Elin Fors");
        assertThat(page.locator("main")).containsText("Inga ändringar av bakgrundsvariablerna.");
        assertThat(page.getByLabel("Remittent")).isHidden(); // folded until asked for
        page.getByText("Rätta bakgrundsvariablerna").click();
        page.getByLabel("Remittent").selectOption("ARBETSFORMEDLINGEN");
        page.getByLabel("Anledning till ändringen").fill("Fel i remissen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara ändringarna")).click();

        Locator history = page.locator("#background-history li");
        assertThat(history).hasCount(1);
        assertThat(history.first()).containsText("Remittent: från Socialtjänsten till Arbetsförmedlingen");
        assertThat(history.first()).containsText("ändrat av " + me.displayName());
        assertThat(history.first()).containsText("Anledning: Fel i remissen");
        assertThat(page.locator("#b-referrer")).hasValue("ARBETSFORMEDLINGEN");
        assertThat(page.locator("#b-reason")).hasValue("");
        page.getByText("Rätta bakgrundsvariablerna").click();
        assertThat(page.getByLabel("Remittent")).isVisible();
        Axe.assertNoViolations(page, "participant with change history");
        screenshot("staff-participant-history-sv.png");
    }

    @Test
    void teamLeadReadsExitFeedbackPartTwoWithoutNames() throws Exception {
        StaffView lead = fixtures.staffMember(team.associationId(), Role.TEAM_LEAD, team);
        ParticipantView p = people.aParticipant().named("Dragan Frisk").enrolledDaysAgo(100).createdIn(team, login(coach));
        due.request(ParticipantFixtures.actor(login(coach)), p.id(), "EXIT_FEEDBACK", null);
        submit(p, "EXIT_FEEDBACK", Map.of("most_useful", "Samtalen med min coach",
                "team_do_more", "Fler skogsgrupper på förmiddagen"));

        open("sv");
        logIn(lead, totpNow());
        assertThat(page.locator("h1")).hasText("Teamets deltagare");
        assertThat(page.locator(".person h2")).hasText("Dragan Frisk");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Teamet").setExact(true)).click();

        assertThat(page.locator("h1")).hasText("Teamet");
        assertThat(page.locator("#exit-feedback")).containsText("Fler skogsgrupper på förmiddagen");
        assertThat(page.locator("main")).not().containsText("Dragan");
        assertThat(page.locator("main")).not().containsText("Samtalen med min coach");
        assertThat(page.locator("#texts-result")).containsText("<5");
        screenshot("staff-team-sv.png");
    }

    @Test
    void anExpiredAccessTokenIsRenewedWithTheRefreshTokenKeptInMemory() throws Exception {
        people.aParticipant().named("Alva Berg").enrolledDaysAgo(5).createdIn(team, login(coach));
        open("sv");
        logIn(coach, totpNow());
        assertThat(page.locator(".person")).hasCount(1);
        // The next overview read answers 401 once, as after the access token's ten minutes; the page
        // must swap its refresh token at the real /api/auth/refresh and repeat the read, unnoticed.
        AtomicInteger expired = new AtomicInteger();
        List<String> refreshed = new CopyOnWriteArrayList<>();
        page.onRequest(r -> {
            if (r.url().endsWith("/api/auth/refresh")) {
                refreshed.add(r.method());
            }
        });
        page.route("**/due-overview", route -> {
            if (expired.getAndIncrement() == 0) {
                route.fulfill(new Route.FulfillOptions().setStatus(401).setContentType("application/problem+json")
                        .setBody("{\"status\":401,\"title\":\"Inloggning krävs\"}"));
            } else {
                route.resume();
            }
        });
        page.evaluate("() => dispatchEvent(new HashChangeEvent('hashchange'))"); // the menu's reload of the list
        assertThat(page.locator(".person h2")).hasText("Alva Berg");
        assertThat(refreshed).containsExactly("POST");
        assertThat(expired.get()).isEqualTo(2);
        assertNoTokenKeptInTheBrowser();
    }

    @Test
    void coachHasNoTeamPage() throws Exception {
        open("sv");
        logIn(coach, totpNow());
        assertThat(page.locator("h1")).hasText("Mina deltagare");
        assertThat(page.locator("#nav a[href='#/team']")).hasCount(0);
        page.navigate(url("/staff#/team"));
        assertThat(page.locator("h1")).hasText("Mina deltagare");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en", "ar"})
    void everyStaffPageHasNoAxeViolations(String lang) throws Exception {
        StaffView lead = fixtures.staffMember(team.associationId(), Role.TEAM_LEAD, team);
        ParticipantView p = people.aParticipant().named("Amal Hassan").enrolledDaysAgo(100).createdIn(team, login(lead));
        due.request(ParticipantFixtures.actor(login(lead)), p.id(), "ORS", null);
        submit(p, "ORS", Map.of("individually", 7, "interpersonally", 6, "socially", 5, "overall", 8));
        due.request(ParticipantFixtures.actor(login(lead)), p.id(), "EXIT_FEEDBACK", null);
        submit(p, "EXIT_FEEDBACK", Map.of("most_useful", "Samtalen", "team_do_more", "Mer skog"));

        open(lang);
        assertThat(page.locator("html")).hasAttribute("dir", lang.equals("ar") ? "rtl" : "ltr");
        assertThat(page.locator("#username")).isVisible();
        Axe.assertNoViolations(page, "login");
        logIn(lead, "000000");
        assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
        Axe.assertNoViolations(page, "login with error");
        logIn(lead, totpNow());
        assertThat(page.locator(".person")).hasCount(1);
        Axe.assertNoViolations(page, "participants");
        page.locator(".person a").click();
        assertThat(page.locator("h1")).hasText("Amal Hassan");
        assertThat(page.locator(".answers").first()).isVisible();
        page.locator("#background summary").click(); // the correction form too
        assertThat(page.locator("#background-form")).isVisible();
        Axe.assertNoViolations(page, "participant");
        page.navigate(url("/staff#/team"));
        assertThat(page.locator("#exit-feedback")).containsText("Mer skog");
        assertThat(page.locator("#texts-result .summary")).isVisible();
        Axe.assertNoViolations(page, "team");
        screenshot("staff-team-" + lang + ".png");
    }

    // ---------------------------------------------------------------- helpers

    private void open(String lang) {
        openStaffLogin(touchScreen(lang, 360, 640), lang);
    }

    private void logIn(StaffView who, String code) {
        submitStaffLogin(who.username(), code);
    }

    /** This 30-second step's code; each code logs in once, so every test logs in a different person. */
    private String totpNow() {
        return Totp.code(Fixtures.TOTP_SECRET, Totp.stepAt(clock.instant()));
    }

    /** A server-side session for the fixture builders, which act as this staff member. */
    private Fixtures.StaffLogin login(StaffView s) {
        SessionService.StaffTokens t = sessions.startStaffSession(s.id(), s.role());
        return new Fixtures.StaffLogin(s, t.accessToken(), t.refreshToken());
    }

    private void apiLogin(String username, String password) throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(URI.create(url("/api/auth/login"))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                        Map.of("username", username, "password", password, "totp", "123456")))).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** The participant answers through the real answers API, as their phone would. */
    private void submit(ParticipantView p, String code, Map<String, Object> answers) throws Exception {
        String token = sessions.startParticipantSession(p.id()).token();
        String body = json.writeValueAsString(Map.of("versionId",
                instruments.current(team.associationId(), code).versionId().toString(), "answers", answers));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/participant/responses")))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    /** Tokens live in the script's memory only: nothing in storage, no cookie. */
    private void assertNoTokenKeptInTheBrowser() {
        assertNothingStoredInThePage();
        assertThat(context.cookies()).isEmpty();
    }

}
