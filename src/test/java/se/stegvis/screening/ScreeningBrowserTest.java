package se.stegvis.screening;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.stegvis.participant.InvitationService;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.portal.BrowserTest;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screening in real headless Chromium on a 360×640 phone against the real server and database:
 * answering in Arabic and seeing help now and the local material; "Leave quickly" and Esc twice
 * swapping the page for the neutral site (a local page in the tests) with nothing to go Back to;
 * the idle timeout; declining; axe-core on every screening screen in sv, en and ar.
 */
@MicronautTest(transactional = false)
class ScreeningBrowserTest extends BrowserTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    InvitationService invitations;
    @Inject
    ScreeningSettingsService settings;
    @Inject
    ScreeningWorld world;
    @Inject
    CapturingNotifier notifier;

    TeamView team;
    StaffLogin coach;
    ParticipantView participant;

    static final Map<String, String> TITLE = Map.of("sv", "Några frågor om din vardag",
            "en", "A few questions about your everyday life", "ar", "بعض الأسئلة عن حياتك اليومية");
    static final Map<String, String> LEAVE = Map.of("sv", "Lämna sidan snabbt", "en", "Leave quickly",
            "ar", "غادر الصفحة بسرعة");

    @Test
    void participantAnswersInArabicAndSeesHelpNowAndTheirMunicipalitysMaterial() {
        signIn("ar");
        StaffLogin lead = fixtures.teamLead(team);
        settings.setLocalContacts(ParticipantFixtures.actor(lead), team.id(), "Socialjouren 0226-64 50 00");
        settings.setMaterial(ParticipantFixtures.actor(lead), team.id(), "Avesta", "ar", "مركز دعم المرأة في أفستا",
                "https://avesta.se/stod-ar.pdf");
        openScreening("ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        page.locator("#next").click();
        String[] answers = {"YES", "NO", "DECLINED", "YES", "NO", "NO", "YES"};
        for (String a : answers) {
            assertThat(page.locator("#quick-exit")).isVisible();
            page.locator("input[value=" + a + "]").check();
            page.locator("#next").click();
        }
        assertThat(page.locator(".review .answer").nth(2)).hasText("لا أريد الإجابة");
        page.locator("#next").click();

        assertThat(page.locator("h1")).hasText("شكراً لإجاباتك");
        assertThat(page.locator("#urgent")).isVisible();
        assertThat(page.locator(".help-now")).containsText("112");
        assertThat(page.locator(".help-now")).containsText("020-50 50 50");
        assertThat(page.locator(".help-now")).containsText("Socialjouren 0226-64 50 00");
        assertThat(page.locator(".support-material")).containsText("مركز دعم المرأة في أفستا");
        assertThat(page.locator(".support-material a")).hasAttribute("href", "https://avesta.se/stod-ar.pdf");
        assertThat(page.locator("#quick-exit")).isVisible();
        axe("help now, ar");
        assertThat(world.count("SELECT COUNT(*) FROM screening_response WHERE participant_id = ? AND declined = FALSE",
                participant.id().toString())).isEqualTo(1);
        assertThat(notifier.forTeam(team.id())).hasSize(1);
        assertNothingStoredInThePage();

        page.locator("#home").click();
        assertThat(page.locator("#quick-exit")).hasCount(0);
        assertThat(dueItem(TITLE.get("ar"))).hasCount(0);
    }

    @Test
    void leaveQuicklyReplacesThePageAndBackDoesNotReturnToTheQuestionnaire() {
        openPhone("sv");
        page.navigate(url("/assets/neutral-test.html?before"));
        signInHere("sv");
        openScreening("sv");
        page.locator("#next").click();
        page.locator("input[value=YES]").check();
        page.locator("#next").click();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lämna sidan snabbt")).click();

        page.waitForURL("**/assets/neutral-test.html");
        assertThat(page.locator("#neutral")).isVisible();
        page.goBack();
        assertThat(page).hasURL(url("/assets/neutral-test.html?before"));
        assertThat(page.locator("#q-text")).hasCount(0);
        page.goForward();
        assertThat(page).hasURL(url("/assets/neutral-test.html"));
        assertThat(world.count("SELECT COUNT(*) FROM screening_response WHERE participant_id = ?",
                participant.id().toString())).as("nothing sent").isZero();
    }

    @Test
    void escapeTwiceLeavesQuickly() {
        signIn("en");
        openScreening("en");
        page.locator("#next").click();
        page.keyboard().press("Escape");
        page.keyboard().press("Escape");
        page.waitForURL("**/assets/neutral-test.html");
        assertThat(page.locator("#neutral")).isVisible();
    }

    @Test
    void afterTheIdleTimeTheAnswersAreDroppedAndThePortalGoesHome() {
        openPhone("sv");
        page.clock().install();
        signInHere("sv");
        openScreening("sv");
        page.locator("#next").click();
        page.locator("input[value=YES]").check();

        page.clock().runFor(301_000);

        assertThat(page.locator("#status")).hasText("Sidan stängdes efter en stund utan aktivitet. Inga svar skickades.");
        assertThat(page.locator("#quick-exit")).hasCount(0);
        assertThat(page.locator("#q-text")).hasCount(0);
        assertThat(dueItem(TITLE.get("sv"))).isVisible();
    }

    @Test
    void decliningTheWholeScreeningIsSentAsDeclinedAndStillShowsHelp() {
        signIn("sv");
        openScreening("sv");
        page.locator("#decline").click();
        assertThat(page.locator("h1")).hasText("Tack för dina svar");
        assertThat(page.locator("#urgent")).hasCount(0);
        assertThat(page.locator(".help-now")).containsText("020-50 50 50");
        assertThat(world.count("SELECT COUNT(*) FROM screening_response WHERE participant_id = ? AND declined = TRUE",
                participant.id().toString())).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en", "ar"})
    void everyScreeningScreenHasNoAxeViolations(String lang) {
        signIn(lang);
        axe("home with the screening due");
        openScreening(lang);
        assertThat(page).hasTitle("Stegvis");
        axe("screening intro");
        page.locator("#next").click();
        axe("screening question");
        page.locator("#next").click();
        axe("screening question, required error");
        for (int i = 0; i < 7; i++) {
            page.locator("input[value=NO]").check();
            page.locator("#next").click();
        }
        axe("screening review");
        page.locator("#next").click();
        assertThat(page.locator(".help-now")).isVisible();
        axe("screening help now");
    }

    // ---------------------------------------------------------------- helpers

    private void openPhone(String lang) {
        openContext(phone(lang));
    }

    private void signIn(String lang) {
        openPhone(lang);
        signInHere(lang);
    }

    /** An enrolled participant (the screening is due from enrolment), signed in by a real invitation. */
    private void signInHere(String lang) {
        team = fixtures.team(fixtures.association());
        coach = fixtures.coach(team);
        participant = people.aParticipant().named("Amal").woman().speaks(lang).enrolledDaysAgo(5).createdIn(team, coach);
        String code = invitations.create(ParticipantFixtures.actor(coach), participant.id()).code();
        page.navigate(url("/i/" + code));
        assertThat(page.locator("#logout")).isVisible();
    }

    private void openScreening(String lang) {
        dueItem(TITLE.get(lang)).click();
        assertThat(page.locator("h1")).hasText(TITLE.get(lang));
        assertThat(page.locator("#quick-exit")).hasText(LEAVE.get(lang));
        assertThat(page).hasTitle("Stegvis");
    }

    private com.microsoft.playwright.Locator dueItem(String text) {
        return page.locator(".due-item", new Page.LocatorOptions().setHasText(text));
    }
}
