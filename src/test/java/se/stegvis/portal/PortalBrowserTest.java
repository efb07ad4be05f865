package se.stegvis.portal;

import se.stegvis.participant.InvitationService;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.Throttle;
import se.stegvis.support.Fixtures;
import se.stegvis.team.TeamView;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal in real headless Chromium against the running application, its API and database.
 * Only a dropped connection is injected (a Playwright route aborts one request); everything else,
 * used and unknown links and throttling included, is produced by the real server.
 */
@MicronautTest(transactional = false)
class PortalBrowserTest extends BrowserTest {

    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures participants;
    @Inject
    InvitationService invitations;
    @Inject
    Throttle throttle;


    /** The browser calls from loopback; a test that locks that address must not lock the next test out. */
    private void forgetRedeemFailures() {
        for (String address : List.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1")) {
            throttle.reset("redeem-ip:" + address);
        }
    }

    @BeforeEach
    void openPhone() {
        forgetRedeemFailures();
        openContext(new Browser.NewContextOptions().setLocale("sv-SE").setViewportSize(320, 640)
                .setIsMobile(true).setHasTouch(true), false);
    }

    /** Runs before {@link BrowserTest}'s own after-each, which closes the context and asserts no script errors. */
    @AfterEach
    void forgetRedeemFailuresAfterwards() {
        forgetRedeemFailures();
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

    // ---- the invitation flow, against the real API and database. Only faults the server cannot be
    // made to produce on demand (a dropped connection) are injected, and the retry then reaches the server.

    @Test
    void invitationLinkSignsInShowsHomeSetsTheCookieAndForgetsTheCode() {
        Invited sara = invite("Sara", "sv");
        page.navigate(url("/i/" + sara.code()));
        assertThat(page.locator("h1")).hasText("Hej Sara!");
        assertThat(page.getByText("Du är med i " + sara.team().name() + ".")).isVisible();
        assertThat(page.url()).isEqualTo(url("/"));
        assertThat(context.cookies()).anySatisfy(c -> {
            assertThat(c.name).isEqualTo("stegvis_session");
            assertThat(c.httpOnly).isTrue();
        });
        screenshot("portal-home-sv.png");
        page.reload();
        assertThat(page.locator("h1")).hasText("Hej Sara!");
    }

    @Test
    void participantsPreferredLanguageApplies() {
        page.navigate(url("/i/" + invite("Amal", "ar").code()));
        assertThat(page.locator("h1")).hasText("مرحبًا \u2068Amal\u2069!");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        screenshot("portal-home-ar.png");
    }

    @Test
    void usedLinkAsksForANewOne() {
        String code = invite("Sara", "sv").code();
        invitations.redeem(code, "203.0.113.7");
        page.navigate(url("/i/" + code));
        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText("Länken har redan använts eller gått ut. Be din coach om en ny.");
        assertThat(page.url()).isEqualTo(url("/"));
    }

    @Test
    void unknownLinkAsksForANewOne() {
        page.navigate(url("/i/no-such-code-" + fixtures.unique("x")));
        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText("Länken har redan använts eller gått ut. Be din coach om en ny.");
    }

    @Test
    void throttledRedeemAsksToWait() {
        page.navigate(url("/"));
        // Ten real failures from this browser lock its address, as a guesser's would.
        page.evaluate("async () => { for (let i = 0; i < 10; i++) { await fetch('/api/invitations/redeem', "
                + "{method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({code: 'guess-' + i})}); } }");
        page.navigate(url("/i/" + invite("Sara", "sv").code()));
        assertThat(page.locator("h1")).hasText("Du har försökt många gånger. Vänta några minuter och försök sedan igen.");
    }

    @Test
    void networkFailureKeepsTheCodeAndRetries() {
        String code = invite("Sara", "sv").code();
        AtomicInteger calls = new AtomicInteger();
        List<String> bodies = new ArrayList<>();
        page.route("**/api/invitations/redeem", route -> {
            bodies.add(route.request().postData());
            if (calls.incrementAndGet() == 1) {
                route.abort("internetdisconnected");
            } else {
                route.resume();
            }
        });

        page.navigate(url("/i/" + code));
        assertThat(page.locator("h1")).containsText("Det gick inte att nå Stegvis");
        assertThat(page.url()).isEqualTo(url("/i/" + code));
        button("Försök igen").click();

        assertThat(page.locator("h1")).hasText("Hej Sara!");
        String body = "{\"code\":\"" + code + "\"}";
        assertThat(bodies).containsExactly(body, body);
    }

    @Test
    void pastedLinkIsRedeemedFromTheSignInPage() {
        String code = invite("Sara", "sv").code();
        page.navigate(url("/"));
        page.getByLabel("Länk eller kod från din coach").fill("https://stegvis.example/i/" + code);
        button("Logga in").click();
        assertThat(page.locator("h1")).hasText("Hej Sara!");
    }

    @Test
    void logoutEndsTheSessionAndReturnsToTheSignInPage() {
        String code = invite("Sara", "sv").code();
        page.navigate(url("/i/" + code));
        assertThat(page.locator("h1")).hasText("Hej Sara!");
        button("Logga ut").click();
        assertThat(page.locator("h1")).hasText("Öppna länken du fått av din coach");
        assertThat(page.locator("#status")).hasText("Du är utloggad.");
        Object status = page.evaluate("async () => (await fetch('/api/participant/me')).status");
        assertThat(status).isEqualTo(401);
        page.navigate(url("/i/" + code));
        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText("Länken har redan använts eller gått ut. Be din coach om en ny.");
    }

    /** A participant of a fresh team, invited by their coach: the code their link carries. */
    record Invited(TeamView team, String code) {
    }

    private Invited invite(String name, String language) {
        TeamView team = fixtures.team(fixtures.association());
        Fixtures.StaffLogin coach = fixtures.coach(team);
        ParticipantView p = participants.aParticipant().named(name).woman().born(1990).speaks(language)
                .createdIn(team, coach);
        return new Invited(team, invitations.create(ParticipantFixtures.actor(coach), p.id()).code());
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

}
