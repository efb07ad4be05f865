package se.stegvis.privacy;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure on request from the participant page in headless Chromium against the real API: a team lead opens the
 * folded section of an exited participant, is stopped without the "cannot be undone" box and with a too short
 * reason (the server's problem beside the field), loses the connection while the server erases, presses again
 * and gets the first answer (one Idempotency-Key, one erasure), and lands on the list without the participant.
 * The section is not there for a coach, nor for a participant still on their path.
 */
@MicronautTest(transactional = false)
class ErasureBrowserTest extends BrowserTest {
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

    TeamView team;
    StaffLogin coach;
    StaffLogin lead;
    ParticipantView exited;
    ParticipantView enrolled;

    @BeforeEach
    void aTeamWithAnExitedAndAnEnrolledParticipant() {
        throttle.reset(LoginService.addressBucket("127.0.0.1"));
        throttle.reset(LoginService.addressBucket("0:0:0:0:0:0:0:1"));
        team = fixtures.team(fixtures.association());
        coach = fixtures.coach(team);
        lead = fixtures.teamLead(team);
        exited = people.aParticipant().named("Radera Rask").enrolledDaysAgo(120)
                .exitedOn(people.today().minusDays(5), IncomeSource.SALARY, Outcome.WORK).createdIn(team, coach);
        enrolled = people.aParticipant().named("Kvar Kvist").enrolledDaysAgo(30).createdIn(team, coach);
    }

    @Test
    void aTeamLeadErasesAnExitedParticipantOnceThoughTheFirstAnswerIsLostAndLandsOnTheListWithoutThem() {
        open();
        logIn(lead);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Radera Rask")).click();
        assertThat(page.locator("h1")).hasText("Radera Rask");
        assertThat(page.getByLabel("Anledning (måste fyllas i)")).isHidden(); // folded until asked for
        page.getByText("Radera uppgifter (art. 17)").click();
        assertThat(page.locator("#erasure")).containsText("Det går inte att ångra.");

        page.getByLabel("Anledning (måste fyllas i)").fill("Begäran per telefon 2026-11-20");
        page.locator("#erasure-submit").click();
        assertThat(page.locator("#e-understood")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#erasure-errors")).containsText("Kryssa i att du förstår");
        axe("participant with the erasure form and a problem");
        page.getByLabel("Jag förstår att det inte går att ångra").check();
        page.getByLabel("Anledning (måste fyllas i)").fill("Kort");
        page.locator("#erasure-submit").click();
        assertThat(page.locator("#e-reason")).hasAttribute("aria-invalid", "true"); // the server's 400, at its field
        assertThat(page.locator("#e-reason ~ .field-error")).isVisible();
        assertThat(page.locator("#erasure-errors .problem")).hasText("Några fält har ogiltiga värden.");
        assertThat(page.locator("#e-understood")).not().hasAttribute("aria-invalid", "true");
        screenshot("staff-erasure-sv.png");
        page.getByLabel("Anledning (måste fyllas i)").fill("Begäran per telefon 2026-11-20");

        // The first request reaches the server, which erases; its answer never reaches the page.
        List<String> keys = new CopyOnWriteArrayList<>();
        page.route("**/erasure", route -> {
            keys.add(route.request().headerValue("idempotency-key"));
            if (keys.size() == 1) {
                APIResponse erased = route.fetch();
                assertThat(erased.status()).isEqualTo(200);
                route.abort();
            } else {
                route.resume();
            }
        });
        page.locator("#erasure-submit").click();
        assertThat(page.locator("#erasure-errors")).containsText("Det är oklart om raderingen hann göras");
        assertThat(page.locator("#e-reason")).hasAttribute("readonly", "");
        page.locator("#erasure-submit").click();

        assertThat(page.locator("h1")).hasText("Teamets deltagare");
        assertThat(page.locator("#status")).hasText("Uppgifterna är raderade.");
        assertThat(page.locator(".person h2")).hasText(new String[]{"Kvar Kvist"});
        assertThat(keys).hasSize(2);
        assertThat(keys.get(0)).isNotBlank().hasSizeBetween(16, 100).isEqualTo(keys.get(1));
        assertThat(sql.count("SELECT COUNT(*) FROM audit_event WHERE action = ? AND participant_id = ?",
                ErasureService.ERASED, exited.id().toString())).isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM participant WHERE id = ?", exited.id().toString())).isZero();
    }

    @Test
    void theErasureSectionIsNotShownToACoachNorForAParticipantStillOnTheirPath() {
        open();
        logIn(coach);
        page.navigate(url("/staff#/participant/" + exited.id()));
        assertThat(page.locator("h1")).hasText("Radera Rask");
        assertThat(page.locator("#background")).isAttached(); // the page is complete
        assertThat(page.locator("#erasure")).hasCount(0);
        // exited: the start questionnaire of long ago is history, the exit's own items are still to chase
        assertThat(page.locator("ul.items")).containsText("Besvarades inte");
        assertThat(page.locator("ul.items")).containsText("Försenad");
        page.locator("#logout").click();

        logIn(lead);
        page.navigate(url("/staff#/participant/" + enrolled.id()));
        assertThat(page.locator("h1")).hasText("Kvar Kvist");
        assertThat(page.locator("#background")).isAttached();
        assertThat(page.locator("#erasure")).hasCount(0);
        page.navigate(url("/staff#/participant/" + exited.id()));
        assertThat(page.locator("h1")).hasText("Radera Rask");
        assertThat(page.locator("#erasure")).hasCount(1);
    }

    private void open() {
        openStaffLogin(touchScreen("sv", 360, 640), "sv");
    }

    private void logIn(StaffLogin who) {
        logInStaff(who.staff().username(), clock.instant());
    }
}
