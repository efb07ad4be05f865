package se.stegvis.privacy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.stegvis.portal.BrowserTest;
import se.stegvis.security.LoginService;
import se.stegvis.security.Role;
import se.stegvis.security.Throttle;
import se.stegvis.security.Totp;
import se.stegvis.support.Fixtures;
import se.stegvis.team.StaffView;

import java.time.Clock;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The staff page "Registerförteckning" in headless Chromium: an admin opens it from the menu and reads
 * every category as a table in their language (Arabic: the Swedish text, marked lang="sv"), with no axe
 * violations at 360 px and on a tablet.
 */
@MicronautTest(transactional = false)
class RecordsOfProcessingBrowserTest extends BrowserTest {
    @Inject
    Fixtures fixtures;
    @Inject
    Throttle throttle;
    @Inject
    Clock clock;

    StaffView admin;

    @BeforeEach
    void anAdmin() {
        throttle.reset(LoginService.addressBucket("127.0.0.1"));
        throttle.reset(LoginService.addressBucket("0:0:0:0:0:0:0:1"));
        admin = fixtures.staffMember(fixtures.association(), Role.ADMIN);
    }

    @ParameterizedTest
    @CsvSource({"sv, 360, 640, Registerförteckning, Vem kan se dem", "en, 768, 1024, Records of processing, Who can see it",
            "ar, 360, 640, سجل معالجة البيانات, Vem kan se dem", "ar, 768, 1024, سجل معالجة البيانات, Vem kan se dem"})
    void anAdminReadsEveryCategoryFromTheMenuWithoutAxeViolations(String lang, int width, int height, String nav,
                                                                    String accessLabel) {
        openStaffLogin(touchScreen(lang, width, height), lang);
        submitStaffLogin(admin.username(), Totp.code(Fixtures.TOTP_SECRET, Totp.stepAt(clock.instant())));
        page.locator("#nav a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(nav)).click();

        assertThat(page.locator("#records section.records-section")).hasCount(ProcessingRecords.CATEGORIES.size());
        assertThat(page.locator("#records-screening th").nth(4)).hasText(accessLabel);
        assertThat(page.locator("#records")).hasAttribute("lang", lang.equals("en") ? "en" : "sv");
        assertFitsTheWidth();
        axe("records of processing");
        screenshot("staff-records-" + lang + "-" + width + ".png");
    }
}
