package se.stegvis.portal;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.participant.InvitationService;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.LoginService;
import se.stegvis.security.SessionService;
import se.stegvis.security.Throttle;
import se.stegvis.support.Fixtures;
import se.stegvis.team.TeamView;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meetings (issue 5) in real headless Chromium against the real API and database: the coach records a
 * group session on the staff page "Möten" and shows its code; participants answer SRS_GROUP through the
 * portal's API and the coach sees the average and spread from the third answer on; a participant types
 * the code on the phone and lands in the form the server names; a wrong code says so in sv/en/ar.
 */
@MicronautTest(transactional = false)
class FitSessionsBrowserTest extends BrowserTest {

    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    SessionService sessions;
    @Inject
    InvitationService invitations;
    @Inject
    InstrumentService instruments;
    @Inject
    Throttle throttle;
    @Inject
    JsonMapper json;
    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newHttpClient();
    TeamView team;
    Fixtures.StaffLogin coach;
    ParticipantView amal;
    ParticipantView bo;
    ParticipantView cleo;

    @BeforeEach
    void aTeamWithThreeParticipants() {
        throttle.reset(LoginService.addressBucket("127.0.0.1"));
        throttle.reset(LoginService.addressBucket("0:0:0:0:0:0:0:1"));
        team = fixtures.team(fixtures.association());
        coach = fixtures.coach(team);
        amal = people.aParticipant().named("Amal Hassan").woman().born(1990).enrolledDaysAgo(30).createdIn(team, coach);
        bo = people.aParticipant().named("Bo Ek").man().born(1985).enrolledDaysAgo(30).createdIn(team, coach);
        cleo = people.aParticipant().named("Cleo Lind").woman().born(1995).enrolledDaysAgo(30).createdIn(team, coach);
    }

    @Test
    void aPageStillLoadingWhenTheCoachMovesOnDoesNotAddItsContentBelowTheNextPage() {
        openStaffLogin(touchScreen("sv", 768, 1024), "sv");
        java.util.List<com.microsoft.playwright.Route> held = new java.util.ArrayList<>();
        page.route("**/due-overview", held::add); // the home page's list waits until we let it go
        logInStaff(coach.staff().username(), clock.instant());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Möten").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Möten");
        org.assertj.core.api.Assertions.assertThat(held).as("the home page asked for its list").isNotEmpty();
        page.waitForResponse("**/due-overview", () -> held.forEach(com.microsoft.playwright.Route::resume));
        page.waitForTimeout(300);
        assertThat(page.locator("#view ul.items")).hasCount(0);
        assertThat(page.locator("#view h1")).hasCount(1);
    }

    @Test
    void coachRecordsAGroupSessionShowsTheCodeAndSeesAverageAndSpreadFromTheThirdAnswer() throws Exception {
        openStaff("sv", 768, 1024);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Möten").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Möten");
        page.getByLabel("Gruppträff").check();
        page.getByLabel("Amal Hassan", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Bo Ek").check();
        page.getByLabel("Cleo Lind").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera mötet")).click();

        assertThat(page.locator("h1")).containsText("Gruppträff");
        assertThat(page.locator("#status")).hasText("Mötet är registrerat.");
        assertThat(page.locator("#session-code")).hasText(Pattern.compile("^[A-Z0-9]{6}$"));
        String sessionId = page.url().replaceFirst(".*#/sessions/", "");
        Map<String, Object> stored = call("GET", "/api/fit/sessions/" + sessionId, 200);
        assertThat(stored).containsEntry("kind", "GROUP").containsEntry("srsInstrument", "SRS_GROUP");
        assertThat(page.locator("#session-code")).hasText((String) stored.get("code"));
        assertThat(page.locator("#attendees li")).hasCount(3);
        assertThat(page.locator("#group-hidden")).hasText("Medelvärde och spridning visas först när minst 3 har svarat,"
                + " så att ingen enskild deltagares svar kan räknas fram.");
        screenshot("staff-session-code-sv.png");

        answerOnPhone(amal, "SRS_GROUP", 9, 9, 9, 9);
        answerOnPhone(bo, "SRS_GROUP", 7, 8, 7, 8);
        page.locator("#refresh").click();
        assertThat(page.locator("#group-summary")).containsText("2 av 3 har svarat.");
        assertThat(page.locator("#group-hidden")).isVisible();
        assertThat(page.locator("#group-mean")).hasCount(0);

        answerOnPhone(cleo, "SRS_GROUP", 10, 10, 10, 10);
        page.locator("#refresh").click();
        assertThat(page.locator("#group-summary")).containsText("3 av 3 har svarat.");
        assertThat(page.locator("#group-hidden")).hasCount(0);
        assertThat(page.locator("#group-mean")).hasText("35,3");
        assertThat(page.locator("#group-range")).hasText("lägst 30,0, högst 40,0");
        assertThat(page.locator("#group-sd")).hasText(Pattern.compile("^\\d+,\\d$"));
        assertThat(page.locator("#attendees")).containsText("SRS inlämnad");
        screenshot("staff-session-group-summary-sv.png");

        page.locator("a[href='#/sessions']").first().click();
        assertThat(page.locator("#sessions li")).hasCount(1);
        assertThat(page.locator("#sessions li")).containsText((String) stored.get("code"));
    }

    @Test
    void anIndividualMeetingNeedsExactlyOneParticipant() {
        openStaff("sv", 768, 1024);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Möten").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Möten");
        page.getByLabel("Amal Hassan", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Bo Ek").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera mötet")).click();
        assertThat(page.locator("#session-error")).hasText("Ett enskilt möte har en deltagare. Välj en, eller välj gruppträff.");
        assertThat(page.locator("h1")).hasText("Möten");
    }

    @Test
    void participantTypesTheCodeOnThePhoneAndLandsInOrsThenInSrs() throws Exception {
        String code = (String) call("POST", "/api/teams/" + team.id() + "/fit/sessions", Map.of("kind", "INDIVIDUAL",
                "heldOn", people.today().toString(), "participantIds", List.of(amal.id())), 201).get("code");
        openPortal("sv", amal);
        assertThat(page.locator("form.session-code h2")).hasText("Har du fått en kod av din coach?");
        page.getByLabel("Koden från mötet").fill(code.toLowerCase());
        page.locator("#session-code-open").click();
        assertThat(page.locator("#next")).isVisible();
        assertThat(page.locator("h1")).hasText("ORS – Hur har du haft det?");
        screenshot("portal-session-code-ors-sv.png");

        answerOnPhone(amal, "ORS", 5, 5, 5, 5);
        page.navigate(url("/"));
        page.getByLabel("Koden från mötet").fill(code);
        page.locator("#session-code-open").click();
        assertThat(page.locator("#next")).isVisible();
        assertThat(page.locator("h1")).containsText("SRS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en", "ar"})
    void aWrongCodeSaysSoAndTheNewPagesHaveNoAxeViolations(String lang) throws Exception {
        call("POST", "/api/teams/" + team.id() + "/fit/sessions", Map.of("kind", "GROUP",
                "heldOn", people.today().toString(), "participantIds", List.of(amal.id(), bo.id(), cleo.id())), 201);
        answerOnPhone(amal, "SRS_GROUP", 9, 9, 9, 9);
        answerOnPhone(bo, "SRS_GROUP", 7, 8, 7, 8);
        answerOnPhone(cleo, "SRS_GROUP", 10, 10, 10, 10);

        openStaff(lang, 360, 640);
        page.navigate(url("/staff#/sessions"));
        assertThat(page.locator("#sessions li")).hasCount(1);
        assertThat(page.locator("html")).hasAttribute("dir", lang.equals("ar") ? "rtl" : "ltr");
        assertFitsTheWidth();
        axe("meetings");
        page.locator("#sessions a").click();
        assertThat(page.locator("#group-mean")).isVisible();
        assertFitsTheWidth();
        axe("group meeting");
        screenshot("staff-session-" + lang + ".png");
        context.close();

        openPortal(lang, amal);
        assertThat(page.locator("#session-code")).isVisible();
        assertFitsTheWidth();
        axe("home with the code field");
        page.locator("#session-code").fill("ZZZZ88"); // Z and 8 are not in the code alphabet: never a real code
        page.locator("#session-code-open").click();
        assertThat(page.locator("#session-code-error")).hasText(switch (lang) {
            case "en" -> "The code is wrong or no longer valid. It only works on the day of the meeting."
                    + " Check the code or ask your coach.";
            case "ar" -> "الرمز غير صحيح أو لم يعد صالحًا. يعمل فقط في يوم اللقاء. تحقق من الرمز أو اسأل مدربك.";
            default -> "Koden stämmer inte eller gäller inte längre. Den gäller bara samma dag som mötet."
                    + " Kontrollera koden eller fråga din coach.";
        });
        assertThat(page.locator("#session-code")).hasAttribute("aria-invalid", "true");
        assertFitsTheWidth();
        axe("home with a wrong code");
        screenshot("portal-session-code-wrong-" + lang + ".png");
    }

    // ---------------------------------------------------------------- helpers

    private void newContext(String lang, int width, int height) {
        openContext(touchScreen(lang, width, height));
    }

    private void openStaff(String lang, int width, int height) {
        openStaffLogin(touchScreen(lang, width, height), lang);
        logInStaff(coach.staff().username(), clock.instant());
    }

    /** The participant on a phone, signed in by a real invitation, in the language picked with the switcher. */
    private void openPortal(String lang, ParticipantView who) {
        newContext(lang, 360, 640);
        page.navigate(url("/i/" + invitations.create(ParticipantFixtures.actor(coach), who.id()).code()));
        assertThat(page.locator("#logout")).isVisible();
        page.locator("#languages button[data-lang=" + lang + "]").click();
        assertThat(page.locator("html")).hasAttribute("lang", lang);
        // the page may already be in that language (the phone's own), so wait for the switch's texts to arrive and
        // redraw the page before typing into it: typing first raced with that redraw
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }


    /** Answers through the portal's real API, as the phone does. */
    private void answerOnPhone(ParticipantView who, String code, double... items) throws Exception {
        var v = instruments.current(team.associationId(), code);
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 0; i < items.length; i++) {
            answers.put(v.definition().items().get(i).key(), items[i]);
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/participant/responses")))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + sessions.startParticipantSession(who.id()).token())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                        Map.of("versionId", v.versionId().toString(), "answers", answers)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private Map<String, Object> call(String method, String path, int expected) throws Exception {
        return call(method, path, null, expected);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(String method, String path, Object body, int expected) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json").header("Authorization", coach.bearer())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(expected);
        return json.readValue(r.body(), Map.class);
    }
}
