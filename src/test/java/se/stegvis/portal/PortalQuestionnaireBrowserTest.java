package se.stegvis.portal;

import se.stegvis.instrument.Choice;
import se.stegvis.instrument.InstrumentDefinition;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.instrument.ItemDefinition;
import se.stegvis.instrument.ItemType;
import se.stegvis.instrument.PrivacyMode;
import se.stegvis.instrument.Scoring;
import se.stegvis.instrument.Texts;
import se.stegvis.participant.InvitationService;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.response.DueService;
import se.stegvis.support.Fixtures;
import se.stegvis.support.SqlReads;
import se.stegvis.team.TeamView;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Answering questionnaires in real headless Chromium on a 360×640 phone, end to end: a real
 * invitation, real due items (coach requests through {@link DueService}), the real answers API and
 * the real database; what was stored is checked in the database ({@code identified_response},
 * {@code anonymous_response}) and through {@link DueService}. The only Playwright routes left
 * simulate what the server cannot be made to do on cue: a connection cut mid-submit, an answer
 * rejected by a server-side rule the UI cannot break, and a network error opening a questionnaire;
 * each lets every other request through to the real server. axe-core checks every screen in sv,
 * en and ar.
 */
@MicronautTest(transactional = false)
class PortalQuestionnaireBrowserTest extends BrowserTest {

    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures participants;
    @Inject
    InvitationService invitations;
    @Inject
    DueService due;
    @Inject
    InstrumentService instruments;
    /** Plain SQL on the test database, to check what the real server stored. */
    @Inject
    SqlReads sqlReads;

    /** Test-only instrument with the item types no built-in uses (choices, yes/no). */
    static final String WIDGETS = "TEST_WIDGETS";

    TeamView team;
    Fixtures.StaffLogin coach;
    ParticipantView participant;

    // ---------------------------------------------------------------- whole questionnaires

    @Test
    void participantAnswersOrsSrsExitFormAndIndicatorInSwedish() {
        signIn("sv", "Sara", "ORS", "SRS", "EXIT_FEEDBACK", "INDICATOR_START");
        assertThat(dueItem("Dags att fylla i ORS – Hur har du haft det?")).isVisible();
        assertThat(page.locator(".due-item")).hasCount(4);

        dueItem("ORS – Hur har du haft det?").click();
        assertThat(page.locator("h1")).hasText("ORS – Hur har du haft det?");
        button("Börja").click();
        double ors = 0;
        for (int i = 1; i <= 4; i++) {
            assertThat(page.locator("#progress")).hasText("Fråga " + i + " av 4");
            ors += tapSlider(0.2 * i);
            if (i == 1) {
                screenshot("question-slider-sv.png");
            }
            button("Nästa").click();
        }
        assertThat(page.locator("h1")).hasText("Granska dina svar");
        assertThat(page.locator(".review dt").first()).hasText("Individuellt");
        screenshot("review-sv.png");
        button("Skicka").click();
        assertThat(page.locator("h1")).hasText("Sparat");
        button("Till startsidan").click();
        assertThat(dueItem("ORS – Hur har du haft det?")).hasCount(0);

        dueItem("SRS").click();
        button("Börja").click();
        for (int i = 0; i < 4; i++) {
            tapSlider(0.9);
            button("Nästa").click();
        }
        button("Skicka").click();
        assertThat(page.locator("h1")).hasText("Sparat");
        button("Till startsidan").click();

        dueItem("Egen feedback").click();
        assertThat(page.locator("h1")).hasText("Egen feedback");
        button("Börja").click();
        assertThat(page.locator("h1")).containsText("här på " + team.shortName());
        assertThat(page.locator(".part")).hasText("Del 1: Min medverkan i " + team.shortName());
        page.locator("textarea").fill("Att jag kom hit varje vecka.");
        assertThat(page.locator("#q-count")).hasText("28 av 2000 tecken");
        // An identified form's text goes to the coach with the name: no "read pooled" note here.
        assertThat(page.locator("#q-text-pooled")).hasCount(0);
        for (int i = 0; i < 11; i++) {
            button("Nästa").click();
        }
        assertThat(page.locator(".review .answer").first()).hasText("Att jag kom hit varje vecka.");
        assertThat(page.locator(".review .answer.none")).hasCount(10);
        button("Skicka").click();
        assertThat(page.locator("h1")).hasText("Sparat");
        button("Till startsidan").click();

        dueItem("Enkät vid start").click();
        assertThat(page.locator("#anonymous")).containsText("kan inte kopplas till dig");
        button("Börja").click();
        for (int i = 1; i <= 5; i++) {
            rating(i);
            button("Nästa").click();
        }
        // The anonymous form's free text is read by the team lead, pooled: said before anything is written.
        assertThat(page.locator("#q-text-pooled")).containsText("läser teamets ledare, samlat med andras svar");
        assertThat(page.locator("#q-input")).hasAttribute("aria-describedby", "q-text-pooled q-count");
        button("Nästa").click(); // the optional "Vill du säga något mer?" left empty
        button("Skicka").click();
        assertThat(page.locator("h1")).hasText("Sparat");
        assertThat(page.getByText("Tack! Ditt svar är sparat utan ditt namn.")).isVisible();
        button("Till startsidan").click();

        assertThat(page.getByText("Du har inget att fylla i just nu.")).isVisible();
        button("Mina svar").click();
        assertThat(page.locator(".history li")).hasCount(3);
        // Newest first, but answers saved within the same second have no defined order: find the ORS.
        Locator orsEntry = page.locator(".history li")
                .filter(new Locator.FilterOptions().setHasText("ORS – Hur har du haft det?"));
        assertThat(orsEntry).hasCount(1);
        assertThat(orsEntry.locator(".history-score"))
                .hasText("Poäng: " + String.valueOf(Math.round(ors * 10) / 10.0).replace(".0", "").replace('.', ','));
        assertEachStoredOnce();
        assertNothingKeptInTheBrowser();
    }

    @Test
    void participantAnswersOrsSrsExitFormAndIndicatorInArabic() {
        signIn("ar", "Amal", "ORS", "SRS", "EXIT_FEEDBACK", "INDICATOR_START");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(dueItem("حان وقت تعبئة \u2068ORS – كيف كانت حالك؟\u2069")).isVisible();

        dueItem("ORS – كيف كانت حالك؟").click();
        button("ابدأ").click();
        assertThat(page.locator("#progress")).hasText("السؤال \u20681\u2069 من \u20684\u2069");
        // Right to left: a tap near the right end is near 0.
        Locator slider = page.locator("[role=slider]");
        BoundingBox box = page.locator(".vas-track").boundingBox();
        page.touchscreen().tap(box.x + box.width * 0.9, box.y + box.height / 2);
        assertThat(Double.parseDouble(slider.getAttribute("aria-valuenow"))).isCloseTo(1.0, within(0.3));
        screenshot("question-slider-ar.png");
        button("التالي").click();
        for (int i = 0; i < 3; i++) {
            tapSlider(0.5);
            button("التالي").click();
        }
        assertThat(page.locator("h1")).hasText("راجع إجاباتك");
        screenshot("review-ar.png");
        button("إرسال").click();
        assertThat(page.locator("h1")).hasText("تم الحفظ");
        button("إلى الصفحة الرئيسية").click();

        dueItem("SRS").click();
        button("ابدأ").click();
        for (int i = 0; i < 4; i++) {
            tapSlider(0.3);
            button("التالي").click();
        }
        button("إرسال").click();
        assertThat(page.locator("h1")).hasText("تم الحفظ");
        button("إلى الصفحة الرئيسية").click();

        dueItem("ملاحظاتك الخاصة").click();
        button("ابدأ").click();
        page.locator("textarea").fill("الحضور كل أسبوع.");
        assertThat(page.locator("#q-count")).containsText("2000");
        for (int i = 0; i < 11; i++) {
            button("التالي").click();
        }
        assertThat(page.locator(".review .answer").first()).hasText("الحضور كل أسبوع.");
        button("إرسال").click();
        assertThat(page.locator("h1")).hasText("تم الحفظ");
        button("إلى الصفحة الرئيسية").click();

        dueItem("استبيان البداية").click();
        assertThat(page.locator("#anonymous")).containsText("لا يمكن ربطها بك");
        button("ابدأ").click();
        for (int i = 0; i < 5; i++) {
            rating(4);
            button("التالي").click();
        }
        button("التالي").click(); // the optional free-text item left empty
        button("إرسال").click();
        assertThat(page.locator("h1")).hasText("تم الحفظ");
        button("إلى الصفحة الرئيسية").click();
        assertThat(page.getByText("ليس لديك ما تعبئه الآن.")).isVisible();
        button("إجاباتي").click();
        assertThat(page.locator(".history li")).hasCount(3);
        assertEachStoredOnce();
        assertNothingKeptInTheBrowser();
    }

    // ---------------------------------------------------------------- sending

    @Test
    void connectionCutMidSubmitIsRetriedWithTheSameKeyAndBodyAndSavedOnce() {
        signIn("sv", "Sara", "SRS");
        dueItem("SRS").click();
        button("Börja").click();
        for (int i = 0; i < 4; i++) {
            tapSlider(0.7);
            button("Nästa").click();
        }
        List<Post> posts = cutFirstSubmit();
        button("Skicka").click();

        assertThat(page.locator("h1")).hasText("Ditt svar är inte skickat än");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Det gick inte att nå Stegvis");
        assertThat(page.getByText("Sparat", new Page.GetByTextOptions().setExact(true))).hasCount(0);
        assertThat(storedIdentified("SRS")).isZero();
        button("Försök igen").click();

        assertThat(page.locator("h1")).hasText("Sparat");
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1)).as("the retry reuses the key and the body").isEqualTo(posts.get(0));
        assertThat(posts.get(0).idempotencyKey()).matches("[\\x21-\\x7e]{16,100}");
        assertThat(posts.get(0).body()).contains("\"versionId\":\"23047281-1bd8-4ebc-bcdc-76555d6ba345\"");
        assertThat(storedIdentified("SRS")).as("stored exactly once").isEqualTo(1);
        assertThat(answeredOnList("SRS")).isTrue();
        assertNothingKeptInTheBrowser();
    }

    @Test
    void rejectedAnswerShowsTheServersMessageOnThatQuestion() {
        signIn("sv", "Sara", "ORS");
        dueItem("ORS").click();
        button("Börja").click();
        for (int i = 0; i < 4; i++) {
            tapSlider(0.5);
            button("Nästa").click();
        }
        List<Post> posts = rejectFirstSubmit("socially", "Svaret måste vara mellan 0 och 10.");
        button("Skicka").click();
        assertThat(page.locator("h1")).hasText("Socialt");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Svaret måste vara mellan 0 och 10.");
        assertThat(page.locator("[role=slider]")).hasAttribute("aria-invalid", "true");
        assertThat(storedIdentified("ORS")).isZero();
        String firstKey = posts.get(0).idempotencyKey();
        tapSlider(0.6);
        button("Till granskningen").click();
        button("Skicka").click();
        assertThat(page.locator("h1")).hasText("Sparat");
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).idempotencyKey()).as("a changed answer is a new attempt").isNotEqualTo(firstKey);
        assertThat(storedIdentified("ORS")).isEqualTo(1);
    }

    // ---------------------------------------------------------------- the slider

    @Test
    void untouchedSliderIsUnansweredNotZero() {
        signIn("sv", "Sara", "ORS");
        dueItem("ORS").click();
        button("Börja").click();
        Locator slider = page.locator("[role=slider]");
        assertThat(slider).not().hasAttribute("aria-valuenow", Pattern.compile(".*"));
        assertThat(slider).hasAttribute("aria-valuetext", "Inte besvarad");
        assertThat(page.locator(".vas-value")).hasText("Inte besvarad ännu");
        button("Nästa").click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Svara på frågan för att gå vidare.");
        assertThat(page.locator("#progress")).hasText("Fråga 1 av 4");
        assertThat(slider).isFocused();
        assertThat(slider).hasAttribute("aria-invalid", "true");
        axe("unanswered slider, sv");
        page.keyboard().press("Home");
        assertThat(slider).hasAttribute("aria-valuenow", "0");
        assertThat(slider).hasAttribute("aria-valuetext", "0 av 10 (Dåligt 0, Bra 10)");
        button("Nästa").click();
        assertThat(page.locator("#progress")).hasText("Fråga 2 av 4");
    }

    @Test
    void wholeOrsByKeyboardOnly() {
        signIn("sv", "Sara", "ORS");
        tabTo(".due-item");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("ORS – Hur har du haft det?");
        tabTo("#next");
        page.keyboard().press("Enter");
        String[] keys = {"7", "End", "Home", "3"};
        String[] values = {"7.5", "9.5", "0.5", "2.9"};
        for (int i = 0; i < 4; i++) {
            assertThat(page.locator("#progress")).hasText("Fråga " + (i + 1) + " av 4");
            tabTo("[role=slider]");
            page.keyboard().press(keys[i]);
            page.keyboard().press(i == 3 ? "Shift+ArrowLeft" : i == 1 ? "ArrowLeft" : "ArrowRight");
            assertThat(page.locator("[role=slider]")).hasAttribute("aria-valuenow", values[i]);
            tabTo("#next");
            page.keyboard().press("Enter");
        }
        assertThat(page.locator("h1")).hasText("Granska dina svar");
        assertThat(page.locator(".review .answer")).hasText(new String[]{"7,5 av 10", "9,5 av 10", "0,5 av 10", "2,9 av 10"});
        tabTo("#next");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Sparat");
        assertThat(page.locator("h1")).isFocused();
        assertThat(storedIdentified("ORS")).isEqualTo(1);
        assertThat(storedScore("ORS")).isEqualByComparingTo("20.4");
    }

    // ---------------------------------------------------------------- axe on every screen, every language

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en", "ar"})
    void everyPortalScreenHasNoAxeViolations(String lang) {
        openPhone(lang);
        page.navigate(url("/"));
        assertThat(page.locator("#code")).isVisible();
        axe("sign-in prompt");
        page.locator("#code").fill("");
        page.locator("form button[type=submit]").click();
        assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
        axe("sign-in with error");

        signInHere(lang, "Sara", "ORS", "EXIT_FEEDBACK", "INDICATOR_START");
        createWidgetsInstrument();
        due.request(ParticipantFixtures.actor(coach), participant.id(), WIDGETS, null);
        page.reload();
        assertThat(page.locator(".due-item")).hasCount(4);
        axe("home with due list");

        openDue("ORS");
        axe("ORS intro");
        page.locator("#next").click();
        assertThat(page.locator("[role=slider]")).isVisible();
        axe("slider untouched");
        page.locator("#next").click();
        assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
        axe("slider required error");
        for (int i = 0; i < 4; i++) {
            tapSlider(0.5);
            page.locator("#next").click();
        }
        assertThat(page.locator(".review")).isVisible();
        axe("review");
        cutFirstSubmit();
        page.locator("#next").click();
        assertThat(page.locator("#retry")).isVisible();
        axe("not sent (network)");
        page.locator("#retry").click();
        assertThat(page.locator("#home")).isVisible();
        axe("saved");
        page.locator("#home").click();

        page.unrouteAll();
        openDue(WIDGETS);
        assertThat(page.locator("input[type=radio]")).hasCount(2);
        axe("single choice");
        page.locator(".option").first().click();
        page.locator("#next").click();
        assertThat(page.locator("input[type=checkbox]")).hasCount(2);
        page.locator(".option").first().click();
        axe("multiple choice");
        page.locator("#next").click();
        assertThat(page.locator("input[value=DECLINED]")).isVisible();
        axe("yes/no");
        page.locator("#next").click();
        assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
        page.locator(".option").last().click();
        page.locator("#next").click();
        rejectFirstSubmit("contact", "Välj ett av svaren.");
        page.locator("#next").click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Välj ett av svaren.");
        axe("server rejected an answer");
        page.locator("#next").click();
        page.locator("#next").click();
        assertThat(page.locator("#home")).isVisible();
        assertThat(storedIdentified(WIDGETS)).isEqualTo(1);
        page.unrouteAll();
        page.locator("#home").click();

        openDue("EXIT_FEEDBACK");
        page.locator("#next").click();
        page.locator("textarea").fill("Bra.");
        axe("free text");
        page.locator("#back").click();
        page.locator("#back").click();

        openDue("INDICATOR_START");
        assertThat(page.locator("#anonymous")).isVisible();
        axe("anonymous intro");
        page.locator("#next").click();
        page.locator(".option").nth(2).click();
        axe("rating 1-5");
        page.locator("#back").click();
        page.locator("#back").click();

        page.locator("#history").click();
        assertThat(page.locator(".history li")).hasCount(2);
        axe("history");

        page.route("**/api/participant/instruments/*", r -> r.abort("internetdisconnected"));
        page.locator("#home").click();
        page.locator(".due-item").first().click();
        assertThat(page.locator("h1")).not().isEmpty();
        assertThat(page.locator("main button")).hasCount(1);
        axe("network error opening a questionnaire");
        assertNothingKeptInTheBrowser();
    }

    // ---------------------------------------------------------------- helpers

    private void openPhone(String lang) {
        openContext(phone(lang));
    }

    private void signIn(String lang, String name, String... dueCodes) {
        openPhone(lang);
        signInHere(lang, name, dueCodes);
    }

    /** A real participant with real due items (a coach's requests), signed in by their real invitation. */
    private void signInHere(String lang, String name, String... dueCodes) {
        team = fixtures.team(fixtures.association());
        coach = fixtures.coach(team);
        ParticipantView p = participants.aParticipant().named(name).woman().born(1990).speaks(lang).createdIn(team, coach);
        for (String code : dueCodes) {
            due.request(ParticipantFixtures.actor(coach), p.id(), code, null);
        }
        participant = p;
        String code = invitations.create(ParticipantFixtures.actor(coach), p.id()).code();
        page.navigate(url("/i/" + code));
        assertThat(page.locator("#logout")).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", lang);
    }

    /** Opens a due questionnaire by the title the real due list gives it in the page's language. */
    private void openDue(String code) {
        String title = (String) page.evaluate("async ([code, lang]) => {"
                + " const r = await fetch('/api/participant/due', { credentials: 'same-origin' });"
                + " const item = (await r.json()).find(i => i.instrumentCode === code);"
                + " return item.title[lang]; }", List.of(code, page.locator("html").getAttribute("lang")));
        page.locator(".due-item", new Page.LocatorOptions().setHasText(title)).click();
        assertThat(page.locator("#next")).isVisible();
    }

    private Locator dueItem(String text) {
        return page.locator(".due-item", new Page.LocatorOptions().setHasText(text));
    }

    /** Taps the line at a fraction of its length from the 0 end; returns the value it took. */
    private double tapSlider(double fraction) {
        BoundingBox box = page.locator(".vas-track").boundingBox();
        boolean rtl = "rtl".equals(page.locator("html").getAttribute("dir"));
        double x = box.x + box.width * (rtl ? 1 - fraction : fraction);
        page.touchscreen().tap(x, box.y + box.height / 2);
        Locator slider = page.locator("[role=slider]");
        assertThat(slider).hasAttribute("aria-valuenow", Pattern.compile("\\d+(\\.\\d)?"));
        double value = Double.parseDouble(slider.getAttribute("aria-valuenow"));
        assertThat(value).isCloseTo(fraction * 10, within(0.3));
        return value;
    }

    private void rating(int n) {
        page.locator(".option", new Page.LocatorOptions().setHas(page.locator("input[value='" + n + "']"))).click();
        assertThat(page.locator("input[value='" + n + "']")).isChecked();
    }

    private void tabTo(String selector) {
        for (int i = 0; i < 40; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }


    /** Shared phones: nothing answered may stay behind in the browser. */
    private void assertNothingKeptInTheBrowser() {
        assertNothingStoredInThePage();
        assertThat(context.cookies()).extracting(c -> c.name).containsOnly("stegvis_session");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    // ---------------------------------------------------------------- what the server stored

    /** The participant's identified answers of one instrument, as rows in the database. */
    private long storedIdentified(String code) {
        return count("SELECT COUNT(*) FROM identified_response WHERE participant_id = ? AND instrument_code = ?",
                participant.id().toString(), code);
    }

    private BigDecimal storedScore(String code) {
        return query("SELECT score FROM identified_response WHERE participant_id = ? AND instrument_code = ?",
                rs -> rs.next() ? rs.getBigDecimal(1) : null, participant.id().toString(), code);
    }

    /** Whether the coach sees the participant's due item of that instrument answered. */
    private boolean answeredOnList(String code) {
        return due.listFor(ParticipantFixtures.actor(coach), participant.id()).stream()
                .filter(d -> d.instrumentCode().equals(code)).allMatch(DueService.Due::answered);
    }

    /**
     * ORS, SRS and the exit feedback stored once each under the participant; the anonymous indicator
     * marked answered on the list and exactly one row for the (fresh) team in anonymous_response,
     * which has no column that could link it to the person, so none is looked for.
     */
    private void assertEachStoredOnce() {
        for (String code : List.of("ORS", "SRS", "EXIT_FEEDBACK")) {
            assertThat(storedIdentified(code)).as(code).isEqualTo(1);
            assertThat(answeredOnList(code)).as(code + " answered on the list").isTrue();
        }
        assertThat(count("SELECT COUNT(*) FROM identified_response WHERE participant_id = ?",
                participant.id().toString())).isEqualTo(3);
        assertThat(answeredOnList("INDICATOR_START")).isTrue();
        assertThat(count("SELECT COUNT(*) FROM anonymous_response WHERE team_id = ?", team.id().toString())).isEqualTo(1);
    }

    private long count(String sql, Object... params) {
        return sqlReads.count(sql, params);
    }

    private <T> T query(String sql, SqlReads.Reader<T> rows, Object... params) {
        return sqlReads.query(sql, rows, params);
    }

    // ---------------------------------------------------------------- simulated faults

    /** One POST of answers as the browser sent it. */
    record Post(String idempotencyKey, String body) {
    }

    /**
     * A connection cut during the first submit: that POST is aborted before it reaches the server;
     * every later one goes on to the real server unchanged. Returns each POST as sent.
     */
    private List<Post> cutFirstSubmit() {
        return onSubmit(route -> route.abort("internetdisconnected"));
    }

    /**
     * SIMULATES a server-side rule the UI cannot break: its widgets only produce values the server
     * accepts, so the first POST is answered with the real API's 422 shape
     * ({@code errors: [{field, message}]}) without reaching the server; the corrected retry goes to
     * the real server.
     */
    private List<Post> rejectFirstSubmit(String field, String message) {
        return onSubmit(route -> route.fulfill(new Route.FulfillOptions().setStatus(422)
                .setContentType("application/problem+json")
                .setBody("{\"type\":\"about:blank\",\"status\":422,\"title\":\"Unprocessable Entity\","
                        + "\"errors\":[{\"field\":\"" + field + "\",\"message\":\"" + message + "\"}]}")));
    }

    private List<Post> onSubmit(java.util.function.Consumer<Route> first) {
        List<Post> posts = new CopyOnWriteArrayList<>();
        AtomicInteger n = new AtomicInteger();
        page.route("**/api/participant/responses", route -> {
            if (!"POST".equals(route.request().method())) {
                route.resume();
                return;
            }
            posts.add(new Post(route.request().headerValue("idempotency-key"), route.request().postData()));
            if (n.getAndIncrement() == 0) {
                first.accept(route);
            } else {
                route.resume();
            }
        });
        return posts;
    }

    // ---------------------------------------------------------------- the test-only instrument

    /** {@link #WIDGETS}, created for real in the team's association, so its screens are real ones. */
    private void createWidgetsInstrument() {
        instruments.create(team.associationId(), WIDGETS, PrivacyMode.IDENTIFIED, Scoring.NONE, new InstrumentDefinition(
                texts("Testformulär", "Test form", "نموذج تجريبي"), null, null, null, List.of(
                        item("contact", ItemType.SINGLE_CHOICE, true, texts("Hur vill du bli kontaktad?", "How do you want to be contacted?", "كيف تريد أن يتم التواصل معك؟"),
                                List.of(new Choice("SMS", texts("Sms", "Text message", "رسالة نصية")), new Choice("CALL", texts("Telefonsamtal", "Phone call", "مكالمة هاتفية")))),
                        item("activities", ItemType.MULTIPLE_CHOICE, false, texts("Vilka grupper vill du gå i?", "Which groups do you want to join?", "ما المجموعات التي تريد الانضمام إليها؟"),
                                List.of(new Choice("FOREST", texts("Skogsgrupp", "Forest group", "مجموعة الغابة")), new Choice("BREAKFAST", texts("Frukostklubb", "Breakfast club", "نادي الفطور")))),
                        item("support", ItemType.YES_NO, true, texts("Vill du ha mer stöd?", "Do you want more support?", "هل تريد مزيدًا من الدعم؟"), null))),
                coach.id());
    }

    private static ItemDefinition item(String key, ItemType type, boolean required, Texts text, List<Choice> choices) {
        return new ItemDefinition(key, type, required, text, null, choices, null, null);
    }

    private static Texts texts(String sv, String en, String ar) {
        return new Texts(sv, en, ar);
    }

}
