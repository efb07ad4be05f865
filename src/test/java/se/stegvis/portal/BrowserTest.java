package se.stegvis.portal;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import se.stegvis.security.Totp;
import se.stegvis.support.Fixtures;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser test shares: one {@link HeadlessChromium} per test class, a fresh
 * {@link BrowserContext} and {@link Page} per test (opened by the test with {@link #openContext} and
 * one of {@link #phone} / {@link #touchScreen}), script errors and CSP violations collected from that
 * page, and after each test the context closed and no such error allowed. Subclasses are
 * {@code @MicronautTest(transactional = false)} and add their own fixtures.
 */
public abstract class BrowserTest {
    protected static HeadlessChromium chromium;
    protected static Browser browser;

    @Inject
    protected EmbeddedServer server;

    protected BrowserContext context;
    protected Page page;
    protected final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        chromium = HeadlessChromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
            browser = null;
        }
    }

    @AfterEach
    void closeContextAndAssertNoScriptErrors() {
        if (context != null) {
            context.close();
        }
        assertThat(consoleErrors).as("script errors and CSP violations").isEmpty();
    }

    /** The browser's locale for a portal language: Arabic as is, English as en-GB, otherwise Swedish. */
    protected static String browserLocale(String lang) {
        return switch (lang) {
            case "ar" -> "ar";
            case "en" -> "en-GB";
            default -> "sv-SE";
        };
    }

    /** A 360×640 phone (mobile, touch) whose browser speaks {@code lang}. */
    protected static Browser.NewContextOptions phone(String lang) {
        return touchScreen(lang, 360, 640).setIsMobile(true);
    }

    /** A touch screen of the given size (not in mobile mode) whose browser speaks {@code lang}. */
    protected static Browser.NewContextOptions touchScreen(String lang, int width, int height) {
        return new Browser.NewContextOptions().setLocale(browserLocale(lang)).setViewportSize(width, height)
                .setHasTouch(true);
    }

    /** Opens this test's context and page with axe-core installed, collecting script errors. */
    protected final void openContext(Browser.NewContextOptions options) {
        openContext(options, true);
    }

    /** Opens this test's context and page, axe-core installed or not, collecting script errors. */
    protected final void openContext(Browser.NewContextOptions options, boolean withAxe) {
        context = browser.newContext(options);
        if (withAxe) {
            Axe.install(context);
        }
        page = context.newPage();
        HeadlessChromium.collectErrors(page, consoleErrors);
    }

    /** Fails on any axe-core violation on the page as it is now. */
    protected final void axe(String state) {
        Axe.assertNoViolations(page, state);
    }

    /** The running server's address of {@code path}. */
    protected final String url(String path) {
        String base = server.getURL().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** Shared phones: nothing in local or session storage, no IndexedDB, no cookie a script can read. */
    protected final void assertNothingStoredInThePage() {
        @SuppressWarnings("unchecked")
        Map<String, Object> kept = (Map<String, Object>) page.evaluate("async () => ({"
                + " local: localStorage.length, session: sessionStorage.length,"
                + " idb: (await indexedDB.databases()).length, cookie: document.cookie })");
        assertThat(kept).containsEntry("local", 0).containsEntry("session", 0).containsEntry("idb", 0)
                .containsEntry("cookie", "");
    }

    /** The staff views' login page on a fresh context of {@code options}, shown in {@code lang}. */
    protected final void openStaffLogin(Browser.NewContextOptions options, String lang) {
        openContext(options);
        page.navigate(url("/staff"));
        PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", lang);
        PlaywrightAssertions.assertThat(page.locator("#username")).isVisible();
    }

    /** Sends the staff login form: the fixtures' password and the one-time code given. */
    protected final void submitStaffLogin(String username, String totpCode) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(Fixtures.PASSWORD);
        page.locator("#totp").fill(totpCode);
        page.locator("form.login button[type=submit]").click();
    }

    /**
     * Logs a staff member in with the code of the 30-second step {@code now} falls in (each code works once) and
     * waits for the menu.
     */
    protected final void logInStaff(String username, java.time.Instant now) {
        submitStaffLogin(username, Totp.code(Fixtures.TOTP_SECRET, Totp.stepAt(now)));
        PlaywrightAssertions.assertThat(page.locator("#nav")).isVisible();
    }

    /** Nothing wider than the screen (a table may scroll inside its own region). */
    protected final void assertFitsTheWidth() {
        Object wider = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) wider).intValue()).as("page wider than the viewport").isLessThanOrEqualTo(0);
    }

    protected final void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name)).setFullPage(true));
    }
}
