package se.stegvis.audit;

import com.microsoft.playwright.Download;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.portal.BrowserTest;
import se.stegvis.security.LoginService;
import se.stegvis.security.SubjectKind;
import se.stegvis.security.Throttle;
import se.stegvis.shared.TimeFactory;
import se.stegvis.shared.Times;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.SqlReads;
import se.stegvis.team.TeamView;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff "Access" page in headless Chromium against the real API: the data protection officer lands on it,
 * sees the flagged coach with the reason, participant ids and no names, and downloads the audited CSV; the team
 * lead sees names; a reversed period is explained in English. axe-core finds nothing in sv, en and ar.
 */
@MicronautTest(transactional = false)
class AccessReviewBrowserTest extends BrowserTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    Throttle throttle;
    @Inject
    Clock clock;
    @Inject
    SqlReads sql;
    @Inject
    AuditBatchRepository trail;
    @Inject
    TransactionOperations<Connection> tx;

    TeamView team;
    StaffLogin coach;
    StaffLogin lead;
    StaffLogin dpo;
    List<ParticipantView> others;

    @BeforeEach
    void aCoachWhoReadSixParticipantsOfAColleague() {
        throttle.reset(LoginService.addressBucket("127.0.0.1"));
        throttle.reset(LoginService.addressBucket("0:0:0:0:0:0:0:1"));
        team = fixtures.team(fixtures.association());
        coach = fixtures.coach(team);
        StaffLogin colleague = fixtures.coach(team);
        lead = fixtures.teamLead(team);
        dpo = fixtures.dataProtectionOfficer(team.associationId());
        others = IntStream.range(0, 6).mapToObj(i -> people.aParticipant().named("Åsa Kollega" + i).createdBy(colleague))
                .toList();
        LocalDate yesterday = Times.today(clock).minusDays(1);
        var at = yesterday.atTime(10, 0).atZone(TimeFactory.SWEDEN).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        tx.executeWrite(status -> {
            trail.insertAll(others.stream().map(p -> new AuditEvent(null, at, SubjectKind.STAFF, coach.id(),
                    "PARTICIPANT_READ", team.id(), p.id(), null)).toList());
            return null;
        });
    }

    @Test
    void theOfficerSeesTheFlagAndIdsWithoutNamesAndDownloadsTheCsv() throws Exception {
        open("sv", 768, 1024);
        logIn(dpo);

        assertThat(page.locator("h1")).hasText("Åtkomstgranskning");
        assertThat(page.locator(".review-flagged li")).hasCount(1);
        assertThat(page.locator(".review-flagged li")).containsText("Öppnade uppgifter om 6 deltagare utanför sin deltagarlista");
        assertThat(page.locator("#review-table tbody tr")).hasCount(6);
        assertThat(page.locator("#review-table tbody")).containsText(others.get(0).id().toString());
        assertThat(page.locator("#review-result")).not().containsText("Kollega");

        Download download = page.waitForDownload(() -> page.locator("#review-download").click());
        byte[] csv = Files.readAllBytes(download.path());
        assertThat(csv[0] & 0xff).isEqualTo(0xEF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("Tid (svensk tid);Medarbetarens id").doesNotContain("Kollega");
        assertThat(text.lines().count()).isEqualTo(7);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_event WHERE actor_id = ? AND action = ?", dpo.id().toString(),
                AccessReviewService.EXPORTED)).isEqualTo(1);
        screenshot("staff-access-review-sv.png");
    }

    @Test
    void theTeamLeadSeesNamesAndAReversedPeriodIsExplained() {
        open("en", 768, 1024);
        logIn(lead);
        page.navigate(url("/staff#/access-review"));

        assertThat(page.locator("#review-table tbody")).containsText("Åsa Kollega0");
        page.locator("#review-from").fill("2026-03-02");
        page.locator("#review-to").fill("2026-03-01");
        page.locator("#review-show").click();
        assertThat(page.locator("#review-result .notice")).containsText("must not be before its start");
    }

    @ParameterizedTest
    @CsvSource({"sv, 360, 640", "en, 360, 640", "ar, 360, 640", "ar, 768, 1024"})
    void theAccessPageHasNoAxeViolations(String lang, int width, int height) {
        open(lang, width, height);
        logIn(dpo);
        assertThat(page.locator("#review-table")).isVisible();
        assertThat(page.locator("html")).hasAttribute("dir", lang.equals("ar") ? "rtl" : "ltr");
        axe("access review");
        screenshot("staff-access-review-" + lang + "-" + width + ".png");
    }

    private void open(String lang, int width, int height) {
        openStaffLogin(touchScreen(lang, width, height).setAcceptDownloads(true), lang);
    }

    private void logIn(StaffLogin who) {
        logInStaff(who.staff().username(), clock.instant());
    }
}
