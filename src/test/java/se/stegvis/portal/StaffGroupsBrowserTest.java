package se.stegvis.portal;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.stegvis.group.BookingStatus;
import se.stegvis.group.GroupFixtures;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.LoginService;
import se.stegvis.security.Role;
import se.stegvis.security.SessionService;
import se.stegvis.security.Throttle;
import se.stegvis.support.Fixtures;
import se.stegvis.support.SqlReads;
import se.stegvis.team.StaffView;
import se.stegvis.team.TeamView;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff "Groups" page in real headless Chromium against the real API and database: a group that met
 * 15 days ago and meets today and next week, Anna and Bo booked, Cecilia on the waitlist, one anonymous
 * suggestion in the team's box. The coach marks attendance, downloads the roster CSV, marks the suggestion
 * handled and sees Anna's trial-period warning; axe-core finds nothing on these views in sv, en and ar.
 * On a startup group's roster the coach enrols Bo through the group, and Bo's page names it.
 */
@MicronautTest(transactional = false)
class StaffGroupsBrowserTest extends BrowserTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    GroupFixtures groups;
    @Inject
    SessionService sessions;
    @Inject
    Throttle throttle;
    @Inject
    Clock clock;
    @Inject
    SqlReads sqlReads;

    StaffView coach;
    UUID activity;
    UUID suggestion;
    ParticipantView anna;
    ParticipantView bo;
    ParticipantView cecilia;
    @BeforeEach
    void aGroupWithTwoBookedOneWaitingAndASuggestion() {
        throttle.reset(LoginService.addressBucket("127.0.0.1"));
        throttle.reset(LoginService.addressBucket("0:0:0:0:0:0:0:1"));
        TeamView team = fixtures.team(fixtures.association());
        coach = fixtures.staffMember(team.associationId(), Role.COACH, team);
        Fixtures.StaffLogin login = login(coach);
        activity = groups.activityMeeting(login, team.id(), 2, -15, 0, 7);
        anna = people.aParticipant().named("Anna Andersson").woman().enrolledDaysAgo(20).createdIn(team, login);
        bo = people.aParticipant().named("Bo Berg").man().enrolledDaysAgo(20).createdIn(team, login);
        cecilia = people.aParticipant().named("Cecilia Carlsson").woman().enrolledDaysAgo(20).createdIn(team, login);
        assertThat(groups.book(anna, activity)).isEqualTo(BookingStatus.BOOKED);
        assertThat(groups.book(bo, activity)).isEqualTo(BookingStatus.BOOKED);
        assertThat(groups.book(cecilia, activity)).isEqualTo(BookingStatus.WAITLISTED);
        suggestion = groups.suggestion(cecilia, "Fler träffar utomhus, gärna med fika");
    }

    @Test
    void coachMarksAttendanceDownloadsTheRosterAndHandlesASuggestion() throws Exception {
        open("sv", 768, 1024);
        logIn(coach);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Grupper").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Grupper");
        assertThat(page.locator("#activities > li")).hasCount(1);
        assertThat(page.locator("#activities")).containsText("2 av 2 platser bokade · 1 i kö");

        page.locator("#activity-" + activity).click();
        assertThat(page.locator("h1")).hasText("Skogsgrupp");
        assertThat(page.locator("#booked li")).hasText(new String[]{"Anna Andersson", "Bo Berg"});
        assertThat(page.locator("#waitlist li")).hasText(new String[]{"Cecilia Carlsson"});
        Locator forms = page.locator("form.attendance");
        assertThat(forms).hasCount(2); // the session 15 days ago and today's; next week's is not held yet
        Locator todays = forms.nth(1);
        assertThat(todays.locator("input[type=checkbox]")).hasCount(2);
        todays.getByLabel("Anna Andersson").check();
        todays.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara närvaro")).click();
        assertThat(page.locator("#status")).containsText("sparad: 1 närvarande");
        assertThat(count("SELECT COUNT(*) FROM group_attendance a JOIN group_session s ON s.id = a.session_id"
                + " WHERE s.activity_id = ? AND s.session_date = ? AND a.participant_id = ?",
                activity.toString(), people.today(), anna.id().toString())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM group_attendance a JOIN group_session s ON s.id = a.session_id"
                + " WHERE s.activity_id = ?", activity.toString())).isEqualTo(1);

        Download download = page.waitForDownload(() -> page.locator("#roster-csv").click());
        assertThat(download.suggestedFilename()).isEqualTo("roster-" + activity + ".csv");
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(4); // header, Anna, Bo, Cecilia
        assertThat(lines.get(0)).contains(people.today().toString());
        assertThat(lines.get(1)).startsWith("Anna Andersson,BOOKED,").endsWith(",1,");
        assertThat(lines.get(2)).startsWith("Bo Berg,BOOKED,");
        assertThat(lines.get(3)).startsWith("Cecilia Carlsson,WAITLISTED,1");
        assertThat(page.locator("#status")).hasText("Deltagarlistan är nedladdad.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tillbaka till grupperna")).click();
        Locator box = page.locator("#suggestions li.suggestion");
        assertThat(box).hasCount(1);
        assertThat(box).containsText("Fler träffar utomhus, gärna med fika");
        assertThat(box).containsText("Ej hanterat");
        box.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Markera som hanterat")).click();
        assertThat(page.locator("#status")).hasText("Förslaget är markerat som hanterat.");
        assertThat(box).containsText("Hanterat");
        assertThat(count("SELECT COUNT(*) FROM group_suggestion WHERE id = ? AND handled = TRUE", suggestion.toString()))
                .isEqualTo(1);

        page.navigate(url("/staff#/participant/" + anna.id()));
        assertThat(page.locator("h1")).hasText("Anna Andersson");
        // Enrolled 20 days ago: weeks 1 and 2 went by without a group, week 3 holds today's session.
        assertThat(page.locator("#trial-warning")).containsText("2 vecka/veckor utan närvaro");
        assertThat(page.locator("#trial-warning li")).hasCount(2);
        screenshot("staff-groups-participant-sv.png");
    }

    @ParameterizedTest
    @CsvSource({"sv, 360, 640", "en, 360, 640", "ar, 360, 640", "sv, 768, 1024", "en, 768, 1024", "ar, 768, 1024"})
    void groupViewsHaveNoAxeViolations(String lang, int width, int height) throws Exception {
        open(lang, width, height);
        logIn(coach);
        page.navigate(url("/staff#/groups"));
        assertThat(page.locator("#activities > li")).hasCount(1);
        assertThat(page.locator("#suggestions li")).hasCount(1);
        assertThat(page.locator("html")).hasAttribute("dir", lang.equals("ar") ? "rtl" : "ltr");
        assertFitsTheWidth();
        axe("groups");
        screenshot("staff-groups-" + lang + "-" + width + ".png");

        page.locator("#activity-" + activity).click();
        assertThat(page.locator("form.attendance")).hasCount(2);
        assertThat(page.locator("#waitlist li")).hasCount(1);
        assertFitsTheWidth();
        axe("roster");
        screenshot("staff-group-" + lang + "-" + width + ".png");

        page.navigate(url("/staff#/participant/" + anna.id()));
        assertThat(page.locator("#trial-warning")).isVisible();
        assertFitsTheWidth();
        axe("participant with the trial warning");
    }

    @ParameterizedTest
    @CsvSource({"sv, 768, 1024, Skriv in Bo Berg via gruppen, Inskriven via gruppen, Inskriven via uppstartsgruppen",
            "ar, 360, 640, عبر هذه المجموعة, مسجَّل عبر هذه المجموعة, مسجَّل عبر مجموعة البدء"})
    void coachEnrolsABookedParticipantThroughAStartupGroupAndTheParticipantPageNamesIt(
            String lang, int width, int height, String enrol, String enrolled, String onParticipant) throws Exception {
        Fixtures.StaffLogin login = login(coach);
        UUID startup = groups.startupGroup(login, coach.teamIds().get(0), 6);
        assertThat(groups.book(bo, startup)).isEqualTo(BookingStatus.BOOKED);
        open(lang, width, height);
        logIn(coach);

        page.navigate(url("/staff#/groups/" + startup));
        assertThat(page.locator("#booked li")).hasCount(1);
        axe("startup group roster");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(enrol)).click();
        assertThat(page.locator("#booked li .badge")).hasText(enrolled);
        assertThat(count("SELECT COUNT(*) FROM group_startup_enrolment WHERE activity_id = ? AND participant_id = ?",
                startup.toString(), bo.id().toString())).isEqualTo(1);
        assertFitsTheWidth();
        axe("startup group roster with an enrolment");

        page.navigate(url("/staff#/participant/" + bo.id()));
        assertThat(page.locator("#startup-group")).containsText(onParticipant);
        axe("participant enrolled through a startup group");
        page.locator("#startup-group a").click();
        assertThat(page.locator("#booked li")).hasCount(1);
    }

    // ---------------------------------------------------------------- helpers

    private void open(String lang, int width, int height) {
        openStaffLogin(touchScreen(lang, width, height).setAcceptDownloads(true), lang);
    }

    private void logIn(StaffView who) {
        logInStaff(who.username(), clock.instant());
    }


    private Fixtures.StaffLogin login(StaffView s) {
        SessionService.StaffTokens t = sessions.startStaffSession(s.id(), s.role());
        return new Fixtures.StaffLogin(s, t.accessToken(), t.refreshToken());
    }

    private long count(String sql, Object... params) {
        return sqlReads.count(sql, params);
    }

}
