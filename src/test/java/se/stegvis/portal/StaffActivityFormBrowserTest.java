package se.stegvis.portal;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.security.LoginService;
import se.stegvis.security.Role;
import se.stegvis.security.Throttle;
import se.stegvis.support.Fixtures;
import se.stegvis.support.SqlReads;
import se.stegvis.team.StaffView;
import se.stegvis.team.TeamView;

import java.time.Clock;
import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff form that creates and edits an activity, in real headless Chromium against the real API
 * and database: what the API refuses is shown in the chosen language beside the field it names, a
 * corrected form creates the activity, and editing changes it (capacity, title, a session removed).
 * axe-core finds nothing on the form with its errors in sv, en and ar, on a tablet and at 360 px.
 */
@MicronautTest(transactional = false)
class StaffActivityFormBrowserTest extends BrowserTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    Throttle throttle;
    @Inject
    Clock clock;
    @Inject
    SqlReads sqlReads;

    StaffView coach;
    TeamView team;

    @BeforeEach
    void aTeamWithACoach() {
        throttle.reset(LoginService.addressBucket("127.0.0.1"));
        throttle.reset(LoginService.addressBucket("0:0:0:0:0:0:0:1"));
        team = fixtures.team(fixtures.association());
        coach = fixtures.staffMember(team.associationId(), Role.COACH, team);
    }

    @Test
    void coachCreatesAnActivityAfterFixingWhatTheApiNamesAndThenEditsIt() {
        open("sv", 768, 1024);
        page.navigate(url("/staff#/groups"));
        page.locator("#new-activity").click();
        assertThat(page.locator("h1")).hasText("Ny aktivitet");
        LocalDate day = people.today().plusDays(7);
        page.locator("#f-type").selectOption("FOREST");
        label("Titel på engelska").fill("Forest walk");
        label("Plats").fill("Skogen vid sjön");
        label("Antal platser").fill("0");
        fillSession(0, day, "10:00", "12:00");
        save();

        assertThat(page.locator("#form-errors")).containsText("Skriv en titel på svenska.");
        assertThat(page.locator("#form-errors")).containsText("Antalet platser ska vara mellan 1 och 500.");
        assertThat(page.locator("#f-title-sv")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#f-capacity")).hasAttribute("aria-invalid", "true");
        assertThat(count("SELECT COUNT(*) FROM group_activity WHERE team_id = ?", team.id().toString())).isZero();

        label("Titel på svenska (krävs)").fill("Skogspromenad");
        label("Antal platser").fill("8");
        page.locator("#f-add-session").click();
        fillSession(1, day.plusDays(7), "13:00", "15:00");
        save();

        assertThat(page.locator("h1")).hasText("Skogspromenad");
        assertThat(page.locator("#seats")).containsText("0 av 8");
        assertThat(count("SELECT COUNT(*) FROM group_activity WHERE team_id = ? AND type = 'FOREST' AND capacity = 8"
                + " AND title_en = 'Forest walk'", team.id().toString())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM group_session s JOIN group_activity a ON a.id = s.activity_id"
                + " WHERE a.team_id = ?", team.id().toString())).isEqualTo(2);

        page.locator("#edit-activity").click();
        assertThat(page.locator("h1")).hasText("Ändra aktiviteten");
        assertThat(page.locator("#f-title-sv")).hasValue("Skogspromenad");
        assertThat(page.locator("#f-session-1-start")).hasValue("13:00");
        label("Titel på svenska (krävs)").fill("Skogspromenad med fika");
        label("Antal platser").fill("12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ta bort tillfälle 2")).click();
        save();

        assertThat(page.locator("h1")).hasText("Skogspromenad med fika");
        assertThat(page.locator("#seats")).containsText("0 av 12");
        assertThat(count("SELECT COUNT(*) FROM group_session s JOIN group_activity a ON a.id = s.activity_id"
                + " WHERE a.team_id = ? AND a.capacity = 12", team.id().toString())).isEqualTo(1);
        screenshot("staff-activity-saved-sv.png");
    }

    @ParameterizedTest
    @CsvSource({"sv, 360, 640, Skriv en titel på svenska., Sluttiden ska vara efter starttiden., Aktiviteten kan inte sparas så här.",
            "en, 768, 1024, Write a title in Swedish., The end time must be after the start time., The activity cannot be saved like this.",
            "ar, 360, 640, اكتب عنوانًا باللغة السويدية., يجب أن يكون وقت الانتهاء بعد وقت البدء., لا يمكن حفظ النشاط بهذا الشكل.",
            "ar, 768, 1024, اكتب عنوانًا باللغة السويدية., يجب أن يكون وقت الانتهاء بعد وقت البدء., لا يمكن حفظ النشاط بهذا الشكل."})
    void theFormShowsTheApisErrorsInTheChosenLanguageWithoutAxeViolations(String lang, int width, int height,
                                                                          String titleRequired, String endBeforeStart,
                                                                          String problem) {
        open(lang, width, height);
        page.navigate(url("/staff#/groups/new"));
        assertThat(page.locator("html")).hasAttribute("dir", lang.equals("ar") ? "rtl" : "ltr");
        page.locator("#f-type").selectOption("THEME");
        page.locator("#f-place").fill("Träffpunkten");
        page.locator("#f-capacity").fill("6");
        fillSession(0, people.today().plusDays(3), "14:00", "13:00");
        save();

        assertThat(page.locator("#form-errors .problem")).hasText(problem);
        assertThat(page.locator("#form-errors")).containsText(titleRequired);
        assertThat(page.locator("#form-errors")).containsText(endBeforeStart);
        assertThat(page.locator("#f-session-0-end")).hasAttribute("aria-invalid", "true");
        assertFitsTheWidth();
        axe("activity form with the API's errors");
        screenshot("staff-activity-form-" + lang + "-" + width + ".png");
    }

    // ---------------------------------------------------------------- helpers

    private void open(String lang, int width, int height) {
        openStaffLogin(touchScreen(lang, width, height), lang);
        logInStaff(coach.username(), clock.instant());
    }

    private void fillSession(int index, LocalDate date, String start, String end) {
        page.locator("#f-session-" + index + "-date").fill(date.toString());
        page.locator("#f-session-" + index + "-start").fill(start);
        page.locator("#f-session-" + index + "-end").fill(end);
    }

    private com.microsoft.playwright.Locator label(String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    private void save() {
        page.locator("#activity-form button[type=submit]").click();
    }

    private long count(String sql, Object... params) {
        return sqlReads.count(sql, params);
    }
}
