package se.stegvis.owncopy;

import com.microsoft.playwright.Download;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.InvitationService;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.portal.BrowserTest;
import se.stegvis.security.LoginService;
import se.stegvis.security.Role;
import se.stegvis.security.SessionService;
import se.stegvis.security.Throttle;
import se.stegvis.team.StaffView;
import se.stegvis.support.Fixtures;
import se.stegvis.team.TeamView;

import java.io.IOException;
import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The portal's download of the participant's own copy, in real headless Chromium against the running server. */
@MicronautTest(transactional = false)
class OwnCopyBrowserTest extends BrowserTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures participants;
    @Inject
    InvitationService invitations;
    @Inject
    SessionService sessions;
    @Inject
    Throttle throttle;
    @Inject
    java.time.Clock clock;

    @Test
    void theHomePageOffersTheOwnCopyAndTheLinkDownloadsIt() throws IOException {
        openContext(phone("sv"));
        TeamView team = fixtures.team(fixtures.association());
        Fixtures.StaffLogin coach = fixtures.coach(team);
        ParticipantView sara = participants.aParticipant().named("Sara Ek").woman().born(1991).speaks("sv")
                .createdIn(team, coach);
        page.navigate(url("/i/" + invitations.create(ParticipantFixtures.actor(coach), sara.id()).code()));

        assertThat(page.locator("#own-copy")).hasText("Ladda ner dina uppgifter");
        assertThat(page.locator("#own-copy")).hasAttribute("href", "/api/participant/own-copy.html");
        axe("home with the own copy link");

        Download download = page.waitForDownload(() -> page.locator("#own-copy").click());
        assertThat(download.failure()).isNull();
        assertThat(download.suggestedFilename()).matches("stegvis-own-copy-\\d{4}-\\d{2}-\\d{2}\\.html");
        String html = Files.readString(download.path());
        assertThat(html).contains("<html lang=\"sv\" dir=\"ltr\">").contains("Sara Ek").contains(team.name())
                .contains("Dina coacher");
        java.nio.file.Path kept = java.nio.file.Path.of("target", "screenshots");
        Files.createDirectories(kept);
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setFullPage(true)
                .setPath(kept.resolve("own-copy-portal-home.png")));

        Download json = page.waitForDownload(() -> page.locator("#own-copy-json").click());
        assertThat(json.suggestedFilename()).endsWith(".json");
        assertThat(Files.readString(json.path())).contains("\"participantId\":\"" + sara.id() + "\"");
    }

    @Test
    void theStaffParticipantPageDownloadsTheCopyToHandOverInThePagesLanguage() throws IOException {
        throttle.reset(LoginService.addressBucket("127.0.0.1"));
        throttle.reset(LoginService.addressBucket("0:0:0:0:0:0:0:1"));
        TeamView team = fixtures.team(fixtures.association());
        StaffView coach = fixtures.staffMember(team.associationId(), Role.COACH, team);
        SessionService.StaffTokens tokens = sessions.startStaffSession(coach.id(), coach.role());
        ParticipantView omar = participants.aParticipant().named("Omar Said").man().born(1988)
                .createdIn(team, new Fixtures.StaffLogin(coach, tokens.accessToken(), tokens.refreshToken()));

        openStaffLogin(touchScreen("en", 768, 1024), "en");
        logInStaff(coach.username(), clock.instant());
        page.evaluate("id => { location.hash = '#/participant/' + id; }", omar.id().toString());
        assertThat(page.locator("h1")).hasText("Omar Said");
        assertThat(page.locator("#own-copy-html")).hasText("Download printable page (HTML)");
        axe("participant page with the own copy buttons");

        Download download = page.waitForDownload(() -> page.locator("#own-copy-html").click());
        String html = Files.readString(download.path());
        assertThat(html).contains("<html lang=\"en\" dir=\"ltr\">").contains("Omar Said").contains("Your coaches");
        assertThat(page.locator("#status")).containsText("The copy is downloaded");
    }
}
