package se.stegvis.portal;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.stegvis.group.GroupFixtures;
import se.stegvis.participant.InvitationService;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.SessionService;
import se.stegvis.support.Fixtures;
import se.stegvis.team.TeamView;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Groups on a 360×640 phone in real headless Chromium against the real server: a participant books
 * a seat, cancels it, and joins the waitlist of a full group, reading what happened in words; then
 * the seat that comes free shows on home, and so does a freed seat that went past someone holding an
 * overlapping seat. axe-core finds no violations on these screens in sv, en and ar.
 */
@MicronautTest(transactional = false)
class GroupsBrowserTest extends BrowserTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures participants;
    @Inject
    InvitationService invitations;
    @Inject
    SessionService sessions;
    @Inject
    GroupFixtures groups;


    @ParameterizedTest
    @CsvSource({
            "sv, Grupper, Boka plats, Du har en plats, Avboka, Du har avbokat., Ställ mig i kö, 'Du står på väntelistan, plats 1', 'En plats blev ledig'",
            "en, Groups, Book a seat, You have a seat, Cancel my seat, You have cancelled., Join the waitlist, 'You are on the waitlist, number 1', 'A seat came free'",
            "ar, المجموعات, احجز مقعدًا, لديك مقعد, ألغِ مقعدي, لقد ألغيت., انضم إلى قائمة الانتظار, 'أنت في قائمة الانتظار، رقم \u20681\u2069', 'أصبح مقعد متاحًا'"})
    void participantBooksCancelsAndJoinsAWaitlistThenSeesTheFreedSeatOnHome(
            String lang, String groupsButton, String book, String booked, String cancel, String cancelled,
            String joinWaitlist, String waitlisted, String promoted) throws Exception {
        TeamView team = fixtures.team(fixtures.association());
        Fixtures.StaffLogin coach = fixtures.coach(team);
        UUID open = groups.activity(coach, team.id(), 5);
        UUID full = groups.activity(coach, team.id(), 1);
        ParticipantView other = participants.aParticipant().createdIn(team, coach);
        String otherToken = sessions.startParticipantSession(other.id()).token();
        assertThat(post("/api/participant/activities/" + full + "/booking", otherToken).statusCode()).isEqualTo(201);
        HttpResponse<String> proposed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("/api/teams/" + team.id() + "/proposals")))
                .header("Authorization", coach.bearer()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"CREATIVE\",\"title\":{\"sv\":\"Målargrupp\","
                        + "\"en\":\"Painting group\",\"ar\":\"مجموعة الرسم\"},\"threshold\":6}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(proposed.statusCode()).isEqualTo(201);
        ParticipantView p = participants.aParticipant().named("Sara").speaks(lang).enrolledDaysAgo(10).createdIn(team, coach);

        openContext(phone(lang));
        page.navigate(url("/i/" + invitations.create(ParticipantFixtures.actor(coach), p.id()).code()));
        assertThat(page.locator("#logout")).isVisible();
        assertThat(page.locator("html")).hasAttribute("dir", lang.equals("ar") ? "rtl" : "ltr");

        button(groupsButton).click();
        assertThat(page.locator("li.activity:has(h2)")).hasCount(2);
        Axe.assertNoViolations(page, "groups list");
        Locator first = page.locator("li.activity:has(#activity-" + open + ")");
        Locator second = page.locator("li.activity:has(#activity-" + full + ")");

        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(book)).click();
        assertThat(page.locator("#group-message")).hasText(booked);
        assertThat(first.locator(".my-place")).hasText(booked);
        Axe.assertNoViolations(page, "booked");

        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(cancel)).click();
        assertThat(page.locator("#group-message")).hasText(cancelled);

        second.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(joinWaitlist)).click();
        assertThat(page.locator("#group-message")).hasText(waitlisted);
        assertThat(second.locator(".my-place")).hasText(waitlisted);
        Axe.assertNoViolations(page, "waitlisted");

        page.locator(".proposals button").click();
        assertThat(page.locator(".proposals li p").first()).containsText("1");
        Axe.assertNoViolations(page, "interest registered");

        // The other participant gives the seat back: the waitlist moves and home says so.
        assertThat(delete("/api/participant/activities/" + full + "/booking", otherToken).statusCode()).isEqualTo(200);
        page.locator("#groups-home").click();
        assertThat(page.locator(".promotion")).containsText(promoted);
        Axe.assertNoViolations(page, "home with a promoted seat");
    }

    @ParameterizedTest
    @CsvSource({
            "sv, 'men den gick till nästa i kön'",
            "en, 'but it went to the next in line'",
            "ar, 'لكنه ذهب إلى التالي في قائمة الانتظار'"})
    void participantPassedOverForAFreedSeatIsToldOnHome(String lang, String passedOver) throws Exception {
        TeamView team = fixtures.team(fixtures.association());
        Fixtures.StaffLogin coach = fixtures.coach(team);
        UUID full = groups.activityMeeting(coach, team.id(), 1, 5);
        UUID clashing = groups.activityMeeting(coach, team.id(), 5, 5);
        ParticipantView other = participants.aParticipant().createdIn(team, coach);
        ParticipantView p = participants.aParticipant().named("Sara").speaks(lang).enrolledDaysAgo(10).createdIn(team, coach);
        groups.book(other, full);
        groups.book(p, clashing);
        assertThat(groups.book(p, full).name()).isEqualTo("WAITLISTED");
        HttpResponse<String> rule = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("/api/teams/" + team.id() + "/group-rules")))
                .header("Authorization", fixtures.teamLead(team).bearer()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"noOverlappingBookings\":true}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(rule.statusCode()).isEqualTo(200);
        String otherToken = sessions.startParticipantSession(other.id()).token();
        assertThat(delete("/api/participant/activities/" + full + "/booking", otherToken).statusCode()).isEqualTo(200);

        openContext(phone(lang));
        page.navigate(url("/i/" + invitations.create(ParticipantFixtures.actor(coach), p.id()).code()));
        assertThat(page.locator("#logout")).isVisible();
        assertThat(page.locator(".passed-over")).containsText(passedOver);
        Axe.assertNoViolations(page, "home with a passed-over notice");
        page.locator(".passed-over button").click();
        assertThat(page.locator(".passed-over")).hasCount(0);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private HttpResponse<String> post(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> delete(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

}
