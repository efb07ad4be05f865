package se.stegvis.privacy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.IncomeSource;
import se.stegvis.participant.Outcome;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.portal.BrowserTest;
import se.stegvis.security.LoginService;
import se.stegvis.security.Throttle;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.SqlReads;
import se.stegvis.team.TeamView;

import java.time.Clock;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff page "Gallring" in headless Chromium against the real API: an admin reads the defaults, is told
 * beside the field what is wrong with a bad number, saves 12/36, sees the participant who is now due and runs
 * the job after confirming; the data protection officer reads it without form or button (in Arabic, right to
 * left); a coach has no menu entry and no way in. axe-core finds nothing.
 */
@MicronautTest(transactional = false)
class RetentionBrowserTest extends BrowserTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    Throttle throttle;
    @Inject
    SqlReads sql;
    @Inject
    Clock clock;

    UUID association;
    TeamView team;
    StaffLogin coach;

    @BeforeEach
    void anAssociation() {
        throttle.reset(LoginService.addressBucket("127.0.0.1"));
        throttle.reset(LoginService.addressBucket("0:0:0:0:0:0:0:1"));
        association = fixtures.association();
        team = fixtures.team(association);
        coach = fixtures.coach(team);
    }

    @Test
    void anAdminSavesTwelveAndThirtySixMonthsABadValueIsShownAtItsFieldAndRunsTheJobAfterConfirming() {
        ParticipantView exited = people.aParticipant().named("Gammal Gren").enrolledDaysAgo(800)
                .exitedOn(people.today().minusDays(400), IncomeSource.SALARY, Outcome.WORK).createdIn(team, coach);
        open("sv");
        logIn(fixtures.admin(association));
        page.locator("#nav a[href='#/retention']").click();

        assertThat(page.locator("h1")).hasText("Gallring");
        assertThat(page.locator("#retention-settings")).containsText("24 månader efter avslutet");
        assertThat(page.locator("#retention-settings")).containsText("60 månader");
        assertThat(page.locator("#retention-defaults")).hasText("Det här är standardvärdena; förbundet har inte valt egna.");
        assertThat(page.locator("#retention-due")).containsText("Inga avslutade deltagare ska gallras");
        assertThat(page.locator("#retention-last-run")).hasText("Gallringen har inte körts ännu.");

        page.getByLabel("Månader som uppgifter om deltagare sparas efter avslutet").fill("0");
        page.locator("#retention-save").click();
        assertThat(page.locator("#r-identified")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#r-identified ~ .field-error")).hasText("Antal månader efter avslut ska vara mellan 1 och 120.");
        assertThat(page.locator("#r-audit")).not().hasAttribute("aria-invalid", "true");
        axe("retention with a field problem");

        page.getByLabel("Månader som uppgifter om deltagare sparas efter avslutet").fill("12");
        page.getByLabel("Månader som loggen sparas").fill("36");
        page.locator("#retention-save").click();
        assertThat(page.locator("#status")).hasText("Inställningarna är sparade.");
        assertThat(page.locator("#retention-settings")).containsText("12 månader efter avslutet");
        assertThat(page.locator("#retention-settings")).containsText("36 månader");
        assertThat(page.locator("#retention-defaults")).hasText("Förbundet har valt egna värden i stället för standardvärdena.");
        assertThat(page.locator("#r-identified")).hasValue("12");
        assertThat(page.locator("#r-audit")).hasValue("36");
        assertThat(page.locator(".field-error")).hasCount(0);
        assertThat(page.locator("#retention-due")).containsText("1 avslutade deltagare ska bli anonym statistik");

        page.locator("#retention-run").click();
        assertThat(page.locator("#retention-confirm-text")).containsText("1 deltagare blir anonym statistik");
        assertThat(page.locator("#retention-run-yes")).isFocused();
        assertThat(page.locator("#retention-last-run")).hasText("Gallringen har inte körts ännu."); // asked, not run
        page.locator("#retention-run-yes").click();

        assertThat(page.locator("#status")).hasText("Gallringen är klar: 1 deltagare blev anonym statistik.");
        assertThat(page.locator("#retention-last-run dt").nth(2)).hasText("Deltagare som blev anonym statistik");
        assertThat(page.locator("#retention-last-run dd").nth(2)).hasText("1");
        assertThat(page.locator("#retention-last-run dd").nth(3)).hasText("0");
        assertThat(page.locator("#retention-due")).containsText("Inga avslutade deltagare ska gallras");
        assertThat(sql.count("SELECT COUNT(*) FROM participant WHERE id = ?", exited.id().toString())).isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM retention_settings WHERE association_id = ? AND "
                + "identified_months_after_exit = 12 AND audit_months = 36", association.toString())).isEqualTo(1);
        assertFitsTheWidth();
        axe("retention after a run");
        screenshot("staff-retention-sv.png");
    }

    @Test
    void theDataProtectionOfficerReadsTheRetentionWithoutFormOrRunButton() {
        open("ar");
        logIn(fixtures.dataProtectionOfficer(association));
        page.locator("#nav a[href='#/retention']").click();

        assertThat(page.locator("h1")).hasText("مدة حفظ البيانات وحذفها");
        assertThat(page.locator("#retention-settings")).containsText("24");
        assertThat(page.locator("#retention-last-run")).hasText("لم يُنفَّذ الحذف بعد.");
        assertThat(page.locator("#retention-read-only")).isVisible();
        assertThat(page.locator("#retention-form")).hasCount(0);
        assertThat(page.locator("#retention-run")).hasCount(0);
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertFitsTheWidth();
        axe("retention read by the officer");
        screenshot("staff-retention-ar.png");
    }

    @Test
    void aCoachHasNoRetentionEntryAndIsSentHome() {
        open("sv");
        logIn(coach);
        assertThat(page.locator("h1")).hasText("Mina deltagare");
        assertThat(page.locator("#nav a[href='#/retention']")).hasCount(0);
        page.navigate(url("/staff#/retention"));
        assertThat(page.locator("h1")).hasText("Mina deltagare");
    }

    private void open(String lang) {
        openStaffLogin(touchScreen(lang, 360, 640), lang);
    }

    private void logIn(StaffLogin who) {
        logInStaff(who.staff().username(), clock.instant());
    }
}
