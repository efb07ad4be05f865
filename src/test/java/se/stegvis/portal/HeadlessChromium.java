package se.stegvis.portal;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Paths;
import java.util.List;

/**
 * Debian's Chromium, headless, started the way this machine allows (no sandbox as root, no
 * background networking on a closed network), for the portal's browser tests.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;

    private HeadlessChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static HeadlessChromium launch() {
        Playwright playwright = Playwright.create();
        return new HeadlessChromium(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true).setArgs(ARGS)));
    }

    public Browser browser() {
        return browser;
    }

    /** Collects script errors and CSP violations (not failed requests, which tests provoke on purpose). */
    public static void collectErrors(Page page, List<String> errors) {
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !m.text().contains("Failed to load resource")) {
                errors.add(m.text());
            }
        });
        page.onPageError(errors::add);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
