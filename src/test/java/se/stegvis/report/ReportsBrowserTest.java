package se.stegvis.report;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.stegvis.portal.BrowserTest;
import se.stegvis.security.LoginService;
import se.stegvis.security.Role;
import se.stegvis.security.Throttle;
import se.stegvis.support.Fixtures;
import se.stegvis.support.SqlReads;
import se.stegvis.team.StaffView;
import se.stegvis.team.TeamView;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff "Reports" page in real headless Chromium against the real API, with the known fixture
 * section: a coordinator of an association with two teams picks one team and a half-year, sees the
 * tables with "<5" and a bar chart, downloads the CSV for Swedish Excel (audited for that team only),
 * and sees a bad range explained in Swedish. axe-core finds nothing in sv, en and ar at 360 px and on a tablet.
 */
@MicronautTest(transactional = false)
@Property(name = ReportFixtureSource.PROPERTY, value = "true")
class ReportsBrowserTest extends BrowserTest {
    @Inject
    Fixtures fixtures;
    @Inject
    Throttle throttle;
    @Inject
    Clock clock;
    @Inject
    SqlReads sql;

    TeamView north;
    TeamView south;
    StaffView coordinator;

    @BeforeEach
    void anAssociationWithTwoTeamsAndACoordinator() {
        throttle.reset(LoginService.addressBucket("127.0.0.1"));
        throttle.reset(LoginService.addressBucket("0:0:0:0:0:0:0:1"));
        north = fixtures.team(fixtures.association());
        south = fixtures.team(north.associationId());
        coordinator = fixtures.staffMember(north.associationId(), Role.COORDINATOR);
    }

    @Test
    void coordinatorPicksATeamAndAHalfYearSeesHiddenCountsAndDownloadsTheCsv() throws Exception {
        open("sv", 768, 1024);
        logIn();
        assertThat(page.locator("h1")).hasText("Rapporter");
        assertThat(page.locator("#report-teams input[type=checkbox]")).hasCount(2);
        assertThat(page.locator("label[for=report-team-" + south.id() + "]")).hasText(south.name());
        page.locator("#report-team-" + south.id()).uncheck();
        page.locator("#period-kind").selectOption("half");
        page.locator("#period-year").selectOption("2025");
        page.locator("#period-half").selectOption("1");
        page.locator("#report-show").click();

        assertThat(page.locator("#status")).hasText("Rapporten för 2025-H1 visas.");
        Locator flow = page.locator("table.report-table").filter(new Locator.FilterOptions().setHasText("fixture.flow"));
        assertThat(flow.locator("caption")).hasText("fixture.flow");
        assertThat(flow.locator("thead th")).hasText(new String[]{"Uppgift", "Kvinnor", "Män", "Annat/okänt"});
        assertThat(flow.locator("tbody tr").first().locator("td")).hasText(new String[]{"12", "<5", "0"});
        assertThat(page.locator("table.report-table").nth(1).locator("td").first()).hasText("62,5\u00a0%");
        assertThat(page.locator("svg.report-chart")).hasCount(1);
        assertThat(page.locator("svg.report-chart rect")).hasCount(3);
        assertThat(page.locator("#report-result p.summary").first()).hasText("Team: " + north.name());

        Download download = page.waitForDownload(() -> page.locator("#download-csv").click());
        assertThat(download.suggestedFilename()).isEqualTo("stegvis-rapport-2025-H1.csv");
        byte[] csv = Files.readAllBytes(download.path());
        assertThat(csv[0] & 0xff).isEqualTo(0xEF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("fixture.new;12;<5;0", "Team: " + north.name());
        assertThat(page.locator("#status")).hasText("Rapporten är nedladdad: stegvis-rapport-2025-H1.csv.");
        assertThat(downloads(north, "format=csv period=2025-H1 teams=1")).isEqualTo(1);
        assertThat(downloads(north, "format=json period=2025-H1 teams=1")).isEqualTo(1);
        assertThat(downloads(south, "format=csv period=2025-H1 teams=1")).isZero();
        screenshot("staff-reports-sv.png");
    }

    @Test
    void aReversedRangeIsExplainedInTheChosenLanguage() {
        open("en", 768, 1024);
        logIn();
        page.locator("#period-kind").selectOption("range");
        page.locator("#period-from").fill("2025-06");
        page.locator("#period-to").fill("2025-01");
        page.locator("#report-show").click();
        assertThat(page.locator("#report-error")).containsText("The end of the period must not be before its start.");
        assertThat(page.locator("table.report-table")).hasCount(0);
    }

    @ParameterizedTest
    @CsvSource({"sv, 360, 640", "en, 360, 640", "ar, 360, 640", "sv, 768, 1024", "en, 768, 1024", "ar, 768, 1024"})
    void theReportsPageHasNoAxeViolations(String lang, int width, int height) {
        open(lang, width, height);
        logIn();
        assertThat(page.locator("#report-form")).isVisible();
        assertThat(page.locator("html")).hasAttribute("dir", lang.equals("ar") ? "rtl" : "ltr");
        assertFitsTheWidth();
        axe("reports form");
        page.locator("#report-show").click();
        // the fixture's three tables, beside whatever the real sections show for this empty association
        assertThat(page.locator("table.report-table").filter(new Locator.FilterOptions().setHasText("fixture.")))
                .hasCount(3);
        assertThat(page.locator("#report-result td bdi").first()).hasText("<5");
        assertFitsTheWidth();
        axe("report shown");
        screenshot("staff-reports-" + lang + "-" + width + ".png");
    }

    private void open(String lang, int width, int height) {
        openStaffLogin(touchScreen(lang, width, height).setAcceptDownloads(true), lang);
    }

    private void logIn() {
        logInStaff(coordinator.username(), clock.instant());
        assertThat(page.locator("#report-form")).isVisible();
    }

    private long downloads(TeamView team, String detail) {
        return sql.count("SELECT COUNT(*) FROM audit_event WHERE team_id = ? AND action = ? AND detail = ?",
                team.id().toString(), ReportExportService.DOWNLOADED, detail);
    }
}
