package se.stegvis.portal;

import se.stegvis.participant.InvitationService;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.support.Fixtures;
import se.stegvis.team.TeamView;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal in real headless Chromium against the running application.
 * {@link #invitationLinkSignsInAgainstTheRealApi()} runs the whole flow through the real API and
 * database. Conditions a test cannot produce on demand from a real server (a dropped connection,
 * throttling, a given language in the profile) are answered by Playwright routes that follow the
 * API's contract, so the script's handling of each is still exercised in a real browser.
 */
@MicronautTest(transactional = false)
class PortalBrowserTest {
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private static final String PROBLEM = "application/problem+json";

    static Playwright playwright;
    static Browser browser;

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures participants;
    @Inject
    InvitationService invitations;

    BrowserContext context;
    Page page;
    final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true).setArgs(CHROMIUM_ARGS));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPhone() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE").setViewportSize(320, 640)
                .setIsMobile(true).setHasTouch(true));
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !m.text().contains("Failed to load resource")) {
                consoleErrors.add(m.text());
            }
        });
        page.onPageError(consoleErrors::add);
    }

    @AfterEach
    void closePhone() {
        context.close();
        assertThat(consoleErrors).as("script errors and CSP violations").isEmpty();
    }

    @Test
    void withoutSessionAsksToOpenTheLinkInSwedish() {
        page.navigate(url("/"));
        assertThat(page.locator("h1")).hasText("Öppna länken du fått av din coach");
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        assertThat(page.locator("html")).hasAttribute("dir", "ltr");
        assertThat(page.getByLabel("Länk eller kod från din coach")).isVisible();
        assertThat(page.locator("#languages button[data-lang=sv]")).hasAttribute("aria-pressed", "true");
    }

    @Test
    void switchingToArabicTurnsThePageRightToLeft() {
        page.navigate(url("/"));
        assertThat(page.locator("h1")).hasText("Öppna länken du fått av din coach");
        button("العربية").click();
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        assertThat(page.locator("h1")).hasText("افتح الرابط الذي أرسله لك مدربك");
        assertThat(button("تسجيل الدخول")).isVisible();
    }

    /**
     * Shared phones: the language picked with the switcher is held in memory only (a stored choice
     * would tell the next person that someone here reads Arabic), so a reload follows the browser.
     */
    @Test
    void chosenLanguageIsNotStoredSoAfterReloadTheBrowsersLanguageApplies() {
        page.navigate(url("/"));
        button("English").click();
        assertThat(page.locator("h1")).hasText("Open the link your coach gave you");
        assertThat(page.evaluate("() => localStorage.length + sessionStorage.length")).isEqualTo(0);
        page.reload();
        assertThat(page.locator("h1")).hasText("Öppna länken du fått av din coach");
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
    }

    /** Signed in, the switcher wins for this page; after a reload the real profile's language applies again. */
    @Test
    void chosenLanguageLastsUntilReloadThenTheProfilesLanguageApplies() {
        TeamView team = fixtures.team(fixtures.association());
        Fixtures.StaffLogin coach = fixtures.coach(team);
        ParticipantView amal = participants.aParticipant().named("Amal").woman().born(1990).speaks("ar")
                .createdIn(team, coach);
        page.navigate(url("/i/" + invitations.create(ParticipantFixtures.actor(coach), amal.id()).code()));
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        assertThat(page.locator("#logout")).isVisible();
        button("English").click();
        assertThat(page.locator("h1")).hasText("Hello Amal!");
        assertThat(page.evaluate("() => localStorage.length + sessionStorage.length")).isEqualTo(0);
        page.reload();
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("h1")).hasText("مرحبًا \u2068Amal\u2069!");
    }

    @Test
    void englishBrowserGetsEnglishUntilTheParticipantChooses() {
        BrowserContext english = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        try {
            Page p = english.newPage();
            p.navigate(url("/"));
            assertThat(p.locator("h1")).hasText("Open the link your coach gave you");
        } finally {
            english.close();
        }
    }

    // ---- the invitation flow, with the participant API answered per contract (stubbed until merge)

    @Test
    void invitationLinkSignsInShowsHomeAndForgetsTheCode() {
        List<String> redeemed = new ArrayList<>();
        page.route("**/api/invitations/redeem", route -> {
            redeemed.add(route.request().postData());
            json(route, 200, "{\"token\":\"t\",\"displayName\":\"Sara\",\"preferredLanguage\":\"sv\"}");
        });
        page.route("**/api/participant/me", route ->
                json(route, 200, "{\"displayName\":\"Sara\",\"teamName\":\"Samverkansteam Avesta\",\"preferredLanguage\":\"sv\"}"));

        page.navigate(url("/i/Kod-123_abc"));

        assertThat(page.locator("h1")).hasText("Hej Sara!");
        assertThat(page.getByText("Du är med i Samverkansteam Avesta.")).isVisible();
        assertThat(redeemed).containsExactly("{\"code\":\"Kod-123_abc\"}");
        assertThat(page.url()).isEqualTo(url("/"));
        assertThat(button("Logga ut")).isVisible();
        screenshot("portal-home-sv.png");
    }

    @Test
    void participantsPreferredLanguageApplies() {
        page.route("**/api/invitations/redeem", route ->
                json(route, 200, "{\"token\":\"t\",\"displayName\":\"Amal\",\"preferredLanguage\":\"ar\"}"));
        page.route("**/api/participant/me", route ->
                json(route, 200, "{\"displayName\":\"Amal\",\"teamName\":\"Samverkansteam Avesta\",\"preferredLanguage\":\"ar\"}"));
        page.navigate(url("/i/abc"));
        assertThat(page.locator("h1")).hasText("مرحبًا \u2068Amal\u2069!");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        screenshot("portal-home-ar.png");
    }

    @Test
    void usedOrExpiredLinkAsksForANewOne() {
        page.route("**/api/invitations/redeem", route -> problem(route, 410));
        page.navigate(url("/i/old-code"));
        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText("Länken har redan använts eller gått ut. Be din coach om en ny.");
        assertThat(page.url()).isEqualTo(url("/"));
    }

    @Test
    void unknownLinkAsksForANewOne() {
        page.route("**/api/invitations/redeem", route -> problem(route, 404));
        page.navigate(url("/i/nope"));
        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText("Länken har redan använts eller gått ut. Be din coach om en ny.");
    }

    @Test
    void throttledRedeemAsksToWait() {
        page.route("**/api/invitations/redeem", route -> problem(route, 429));
        page.navigate(url("/i/abc"));
        assertThat(page.locator("h1")).hasText("Du har försökt många gånger. Vänta några minuter och försök sedan igen.");
    }

    @Test
    void networkFailureKeepsTheCodeAndRetries() {
        AtomicInteger calls = new AtomicInteger();
        List<String> bodies = new ArrayList<>();
        page.route("**/api/invitations/redeem", route -> {
            bodies.add(route.request().postData());
            if (calls.incrementAndGet() == 1) {
                route.abort("internetdisconnected");
            } else {
                json(route, 200, "{\"token\":\"t\",\"displayName\":\"Sara\",\"preferredLanguage\":\"sv\"}");
            }
        });
        page.route("**/api/participant/me", route ->
                json(route, 200, "{\"displayName\":\"Sara\",\"teamName\":\"Samverkansteam Avesta\",\"preferredLanguage\":\"sv\"}"));

        page.navigate(url("/i/keep-me"));
        assertThat(page.locator("h1")).containsText("Det gick inte att nå Stegvis");
        assertThat(page.url()).isEqualTo(url("/i/keep-me"));
        button("Försök igen").click();

        assertThat(page.locator("h1")).hasText("Hej Sara!");
        assertThat(bodies).containsExactly("{\"code\":\"keep-me\"}", "{\"code\":\"keep-me\"}");
    }

    @Test
    void pastedLinkIsRedeemedFromTheSignInPage() {
        List<String> redeemed = new ArrayList<>();
        page.route("**/api/invitations/redeem", route -> {
            redeemed.add(route.request().postData());
            json(route, 200, "{\"token\":\"t\",\"displayName\":\"Sara\",\"preferredLanguage\":\"sv\"}");
        });
        page.route("**/api/participant/me", route -> {
            boolean signedIn = !redeemed.isEmpty();
            if (signedIn) {
                json(route, 200, "{\"displayName\":\"Sara\",\"teamName\":\"Samverkansteam Avesta\",\"preferredLanguage\":\"sv\"}");
            } else {
                problem(route, 401);
            }
        });
        page.navigate(url("/"));
        page.getByLabel("Länk eller kod från din coach").fill("https://stegvis.example/i/pasted-42");
        button("Logga in").click();
        assertThat(page.locator("h1")).hasText("Hej Sara!");
        assertThat(redeemed).containsExactly("{\"code\":\"pasted-42\"}");
    }

    @Test
    void logoutReturnsToTheSignInPage() {
        AtomicInteger logouts = new AtomicInteger();
        page.route("**/api/participant/me", route -> json(route, 200,
                "{\"displayName\":\"Sara\",\"teamName\":\"Samverkansteam Avesta\",\"preferredLanguage\":\"sv\"}"));
        page.route("**/api/participant/logout", route -> {
            logouts.incrementAndGet();
            route.fulfill(new Route.FulfillOptions().setStatus(204));
        });
        page.navigate(url("/"));
        button("Logga ut").click();
        assertThat(page.locator("h1")).hasText("Öppna länken du fått av din coach");
        assertThat(page.locator("#status")).hasText("Du är utloggad.");
        assertThat(logouts.get()).isEqualTo(1);
    }

    /**
     * End to end against the participant feature: a coach's invitation is redeemed through the real
     * API, the session cookie is set, and the home page greets the participant.
         */
    @Test
    void invitationLinkSignsInAgainstTheRealApi() {
        String code = invitationCodeFromParticipantFeature();
        page.navigate(url("/i/" + code));
        assertThat(page.locator("h1")).hasText("Hej Sara!");
        assertThat(page.url()).isEqualTo(url("/"));
        assertThat(context.cookies()).anySatisfy(c -> {
            assertThat(c.name).isEqualTo("stegvis_session");
            assertThat(c.httpOnly).isTrue();
        });
        page.reload();
        assertThat(page.locator("h1")).hasText("Hej Sara!");
        button("Logga ut").click();
        assertThat(page.locator("h1")).hasText("Öppna länken du fått av din coach");
        page.navigate(url("/i/" + code));
        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText("Länken har redan använts eller gått ut. Be din coach om en ny.");
    }

    private String invitationCodeFromParticipantFeature() {
        TeamView team = fixtures.team(fixtures.association());
        Fixtures.StaffLogin coach = fixtures.coach(team);
        ParticipantView sara = participants.aParticipant().named("Sara").woman().born(1990).createdIn(team, coach);
        return invitations.create(ParticipantFixtures.actor(coach), sara.id()).code();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private String url(String path) {
        String base = server.getURL().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name)).setFullPage(true));
    }

    private static void json(Route route, int status, String body) {
        route.fulfill(new Route.FulfillOptions().setStatus(status).setContentType("application/json").setBody(body));
    }

    private static void problem(Route route, int status) {
        route.fulfill(new Route.FulfillOptions().setStatus(status).setContentType(PROBLEM)
                .setBody("{\"type\":\"about:blank\",\"status\":" + status + "}"));
    }
}
