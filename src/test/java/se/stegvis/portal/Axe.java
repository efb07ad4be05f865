package se.stegvis.portal;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core in the browser tests. It goes in as an init script: the pages' CSP (self only, no
 * inline script) stays on and would block {@code page.addScriptTag}'s inline script.
 */
final class Axe {
    private Axe() {
    }

    /** Every page of the context gets axe-core (from npm, see the pom's axe-core step). */
    static void install(BrowserContext context) {
        context.addInitScript(Path.of(System.getProperty("stegvis.axe", "target/axe/node_modules/axe-core/axe.min.js")));
    }

    /** Fails with the list of violations on the page as it is now. */
    static void assertNoViolations(Page page, String state) {
        Object violations = page.evaluate("async () => { const r = await axe.run(document, { resultTypes: ['violations'] });"
                + " return r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '"
                + " + v.nodes.map(n => n.target.join(' ') + ' ' + n.failureSummary).join(' | ')); }");
        assertThat((List<?>) violations).as("axe violations on %s in %s", state,
                page.locator("html").getAttribute("lang")).isEmpty();
    }
}
