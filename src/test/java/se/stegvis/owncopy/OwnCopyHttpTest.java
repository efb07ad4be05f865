package se.stegvis.owncopy;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.ParticipantView;
import se.stegvis.screening.ScreeningWorld;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The participant's own copy (GDPR article 15) through the real server and database: it holds every row stored
 * about the person, table by table as the schema says, and nothing about anyone else; who may make it; what the
 * portal's copy leaves out (screening answers) and what the staff copy reads (audited).
 */
@MicronautTest(transactional = false)
class OwnCopyHttpTest {
    /**
     * Every table with a {@code participant_id} column (and the person's own rows elsewhere), and the copy's
     * section that holds its rows. A new table with a {@code participant_id} column fails
     * {@link #theCopyHoldsEveryRowStoredAboutThePersonInEveryTable} until it is added here and to the copy.
     */
    static final Map<String, String> COVERED = Map.ofEntries(
            Map.entry("participant", "participant"),
            Map.entry("participant_coach", "coaches"),
            Map.entry("participant_outcome", "outcomes"),
            Map.entry("participant_background_change", "backgroundChanges"),
            Map.entry("identified_response", "identifiedAnswers"),
            Map.entry("due_item", "dueItems"),
            Map.entry("screening_response", "screenings"),
            Map.entry("fit_rating", "fitRatings"),
            Map.entry("fit_attendance", "fitAttendance"),
            Map.entry("fit_counted_rating", "fitCountedRatings"),
            Map.entry("fit_first_ors", "fitFirstOrs"),
            Map.entry("fit_year_figure", "fitYearFigures"),
            Map.entry("fit_alert", "fitAlerts"),
            Map.entry("group_booking", "groupBookings"),
            Map.entry("group_attendance", "groupAttendance"),
            Map.entry("group_interest", "groupInterest"),
            Map.entry("group_startup_enrolment", "startupEnrolment"),
            Map.entry("group_participant_lock", "groupSignUps"),
            Map.entry("group_calendar_token", "calendarFeed"),
            Map.entry("invitation", "invitations"),
            Map.entry("auth_session", "loginSessions"),
            Map.entry("audit_event", "auditEntries"));
    /** How to count the person's rows where it is not {@code participant_id = ?} (one parameter: their id). */
    static final Map<String, String> COUNT_BY = Map.of(
            "participant", "SELECT COUNT(*) FROM participant WHERE id = ?",
            "auth_session", "SELECT COUNT(*) FROM auth_session WHERE subject_kind = 'PARTICIPANT' AND subject_id = ?",
            "audit_event", "SELECT COUNT(*) FROM audit_event WHERE participant_id = ? "
                    + "OR (actor_kind = 'PARTICIPANT' AND actor_id = ?)");
    static final Map<String, Object> URGENT = ScreeningWorld.answers("YES", "YES", "DECLINED", "YES", "NO", "YES", "YES");
    static final Map<String, Object> CALM = ScreeningWorld.answers("NO", "NO", "NO", "NO", "NO", "NO", "NO");

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Fixtures fixtures;
    @Inject
    OwnCopyWorld world;

    TeamView team;
    StaffLogin coach;
    ParticipantView anna;
    ParticipantView bertil;
    String annaMarker;
    String bertilMarker;

    @BeforeEach
    void twoParticipantsOfOneTeamWithDataEverywhere() {
        team = fixtures.team(fixtures.association());
        coach = fixtures.coach(team);
        annaMarker = "Anna" + letters();
        bertilMarker = "Bertil" + letters();
        anna = world.seeded(client, team, coach, annaMarker, URGENT);
        bertil = world.seeded(client, team, coach, bertilMarker, CALM);
    }

    String staffPath(ParticipantView p) {
        return "/api/participants/" + p.id() + "/own-copy";
    }

    @Test
    void theCopyHoldsEveryRowStoredAboutThePersonInEveryTable() {
        List<String> tables = world.rows("SELECT table_name AS t FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND column_name = 'participant_id' ORDER BY table_name").stream()
                .map(r -> String.valueOf(r.values().iterator().next())).toList();
        assertThat(tables).as("tables with a participant_id column").contains("identified_response", "audit_event");
        assertThat(COVERED.keySet()).as("tables with a participant_id column the own copy does not cover: add a "
                + "PersonalDataSource section for each and list it in COVERED").containsAll(tables);

        OwnCopyWorld.Reply copy = world.get(client, coach.accessToken(), staffPath(anna));
        assertThat(copy.status()).as(copy.body()).isEqualTo(200);
        Map<String, Integer> stored = storedAbout(anna);
        Map<String, Integer> inCopy = new LinkedHashMap<>();
        COVERED.forEach((table, key) -> inCopy.put(table, copy.entries(key).size()));

        OwnCopyWorld.Reply html = world.get(client, coach.accessToken(), staffPath(anna) + ".html");
        assertThat(html.status()).isEqualTo(200);
        Map<String, Integer> storedThen = storedAbout(anna);
        Map<String, Integer> inHtml = new LinkedHashMap<>();
        COVERED.forEach((table, key) -> inHtml.put(table, htmlEntries(html.body(), key)));

        assertThat(stored).as("the seed puts rows about the person in every covered table")
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        assertThat(inCopy).as("JSON entries per table").isEqualTo(stored);
        assertThat(inHtml).as("HTML entries per table").isEqualTo(storedThen);
        assertThat(copy.sections()).allSatisfy(s -> assertThat(COVERED).containsEntry(
                String.valueOf(s.get("table")), String.valueOf(s.get("key"))));
    }

    /**
     * The rows stored about the person per covered table, less the copy's own OWN_COPY_EXPORTED audit row (written
     * after the copy was put together).
     */
    Map<String, Integer> storedAbout(ParticipantView p) {
        Map<String, Integer> stored = new LinkedHashMap<>();
        for (String table : COVERED.keySet()) {
            String sql = COUNT_BY.getOrDefault(table, "SELECT COUNT(*) FROM " + table + " WHERE participant_id = ?");
            Object[] ids = new Object[(int) sql.chars().filter(c -> c == '?').count()];
            java.util.Arrays.fill(ids, p.id().toString());
            stored.put(table, (int) world.count(sql, ids) - (table.equals("audit_event") ? 1 : 0));
        }
        return stored;
    }

    @Test
    void theCopyHasNothingAboutTheOtherParticipant() {
        OwnCopyWorld.Reply json = world.get(client, coach.accessToken(), staffPath(anna));
        OwnCopyWorld.Reply html = world.get(client, coach.accessToken(), staffPath(anna) + ".html");
        OwnCopyWorld.Reply portal = world.get(client, world.participantToken(anna), "/api/participant/own-copy");
        OwnCopyWorld.Reply portalHtml = world.get(client, world.participantToken(anna), "/api/participant/own-copy.html");

        for (OwnCopyWorld.Reply r : List.of(json, html, portal, portalHtml)) {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).contains(annaMarker).contains("Svar " + annaMarker).contains("Anteckning " + annaMarker)
                    .contains("Startgrupp " + annaMarker).contains("Skogspromenad " + annaMarker)
                    .doesNotContain(bertilMarker).doesNotContain(bertil.id().toString())
                    .doesNotContain("hash-").doesNotContain("code_hash").doesNotContain("refresh");
        }
        assertThat(json.map()).containsEntry("participantId", anna.id().toString());
        assertThat(html.body()).as("a correction reads as the variable's values")
                .contains("<dt>Uppgift</dt><dd>Kön</dd>").contains("<dd>Kvinna</dd>").contains("<dd>Annat eller okänt</dd>");
        keep("staff.json", json.body());
        keep("staff.html", html.body());
        keep("portal.html", portalHtml.body());
    }

    /** Keeps what the test saw in target/own-copy/, to look at. */
    static void keep(String file, String body) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "own-copy");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.writeString(dir.resolve(file), body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aCoachOfAnotherTeamGets404OnBothStaffRoutesAndNothingIsAudited() {
        StaffLogin outsider = fixtures.coach(fixtures.team(team.associationId()));
        StaffLogin lead = fixtures.teamLead(fixtures.team(team.associationId()));
        for (StaffLogin who : List.of(outsider, lead)) {
            for (String path : List.of(staffPath(anna), staffPath(anna) + ".html")) {
                OwnCopyWorld.Reply r = world.get(client, who.accessToken(), path);
                assertThat(r.status()).as(path).isEqualTo(404);
                assertThat(r.body()).doesNotContain(annaMarker);
            }
        }
        assertThat(exports(anna)).isZero();
    }

    @Test
    void notLoggedInGets401OnEveryRoute() {
        for (String path : List.of(staffPath(anna), staffPath(anna) + ".html", "/api/participant/own-copy",
                "/api/participant/own-copy.html")) {
            assertThat(world.get(client, null, path).status()).as(path).isEqualTo(401);
        }
    }

    @Test
    void aParticipantGetsOnlyTheirOwnCopy() {
        String token = world.participantToken(bertil);
        OwnCopyWorld.Reply own = world.get(client, token, "/api/participant/own-copy");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.map()).containsEntry("participantId", bertil.id().toString()).containsEntry("madeFor", "PARTICIPANT");
        assertThat(own.body()).contains(bertilMarker).doesNotContain(annaMarker);
        assertThat(world.get(client, token, staffPath(anna)).status()).as("the staff route").isEqualTo(403);
        assertThat(world.get(client, token, staffPath(bertil) + ".html").status()).as("even for themself").isEqualTo(403);
        assertThat(world.get(client, coach.accessToken(), "/api/participant/own-copy").status())
                .as("staff on the portal route").isEqualTo(403);
    }

    @Test
    void thePortalCopyListsScreeningsWithoutTheirAnswers() {
        OwnCopyWorld.Reply json = world.get(client, world.participantToken(anna), "/api/participant/own-copy");
        OwnCopyWorld.Reply html = world.get(client, world.participantToken(anna), "/api/participant/own-copy.html");

        assertThat(json.entries("screenings")).singleElement().satisfies(s -> assertThat(s)
                .containsOnlyKeys("submittedAt", "declined").containsEntry("declined", false));
        for (OwnCopyWorld.Reply r : List.of(json, html)) {
            assertThat(r.body()).doesNotContain("\"YES\"").doesNotContain("urgent")
                    .doesNotContain("Pågår något av detta nu").doesNotContain("exposed_")
                    .contains("får du svaren av din coach vid ett möte");
        }
        assertThat(reads("SCREENING_READ", anna)).isZero();
    }

    @Test
    void theStaffCopyHasTheScreeningAnswersAndTheReadIsAudited() {
        OwnCopyWorld.Reply json = world.get(client, coach.accessToken(), staffPath(anna));

        assertThat(json.map()).containsEntry("madeFor", "STAFF");
        assertThat(json.entries("screenings")).singleElement().satisfies(s -> {
            assertThat(s).containsEntry("urgent", true);
            assertThat((List<?>) s.get("answers")).hasSize(7).anySatisfy(a -> assertThat(((Map<?, ?>) a)
                    .get("answer")).isEqualTo("YES"));
        });
        assertThat(reads("SCREENING_READ", anna)).isEqualTo(1);
        assertThat(exports(anna)).isEqualTo(1);
        assertThat(world.rows("SELECT detail FROM audit_event WHERE action = 'OWN_COPY_EXPORTED' AND participant_id = ?",
                anna.id().toString())).singleElement().satisfies(r -> assertThat(r.values()).containsExactly("format=json"));

        StaffLogin colleague = fixtures.coach(team);
        OwnCopyWorld.Reply byColleague = world.get(client, colleague.accessToken(), staffPath(anna));
        assertThat(byColleague.status()).as("a coach of the team who is not assigned").isEqualTo(200);
        assertThat(byColleague.entries("screenings")).singleElement().satisfies(s -> assertThat(s)
                .containsOnlyKeys("submittedAt", "declined"));
        assertThat(world.count("SELECT COUNT(*) FROM audit_event WHERE action = 'SCREENING_READ' AND actor_id = ?",
                colleague.id().toString())).isZero();
    }

    @Test
    void downloadsAreAttachmentsThatAreNeverStored() {
        for (String path : List.of(staffPath(anna), staffPath(anna) + ".html")) {
            OwnCopyWorld.Reply r = world.get(client, coach.accessToken(), path);
            assertThat(r.headers().get("cache-control")).as(path).isEqualTo("no-store");
            assertThat(r.headers().get("content-disposition")).as(path)
                    .matches("attachment; filename=\"stegvis-own-copy-\\d{4}-\\d{2}-\\d{2}\\.(json|html)\"");
        }
        String token = world.participantToken(anna);
        OwnCopyWorld.Reply html = world.get(client, token, "/api/participant/own-copy.html");
        assertThat(html.headers().get("cache-control")).isEqualTo("no-store");
        assertThat(html.headers().get("content-disposition")).endsWith(".html\"");
        assertThat(html.headers().get("content-type")).startsWith("text/html");
        assertThat(html.headers().get("content-security-policy")).startsWith("default-src 'none'");
        assertThat(html.body()).startsWith("<!DOCTYPE html>").doesNotContain("<script").doesNotContain("src=")
                .contains("<html lang=\"sv\" dir=\"ltr\">").contains("Dina svar på enkäter");
    }

    @Test
    void theStaffCopyFollowsTheLanguageAskedForAndArabicRunsRightToLeft() {
        OwnCopyWorld.Reply ar = world.get(client, coach.accessToken(), staffPath(anna) + ".html?lang=ar");
        assertThat(ar.body()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("إجاباتك على الاستبيانات");
        OwnCopyWorld.Reply en = world.exchange(client, io.micronaut.http.HttpRequest.GET(staffPath(anna) + ".html")
                .bearerAuth(coach.accessToken()).header("Accept-Language", "en"));
        assertThat(en.body()).contains("<html lang=\"en\" dir=\"ltr\">").contains("Your questionnaire answers");
    }

    @Test
    void thePortalCopyIsInTheParticipantsLanguage() {
        world.execute("UPDATE participant SET preferred_language = 'ar' WHERE id = ?", anna.id().toString());
        OwnCopyWorld.Reply r = world.get(client, world.participantToken(anna), "/api/participant/own-copy.html");
        assertThat(r.body()).contains("<html lang=\"ar\" dir=\"rtl\">");
    }

    long exports(ParticipantView p) {
        return reads("OWN_COPY_EXPORTED", p);
    }

    long reads(String action, ParticipantView p) {
        return world.count("SELECT COUNT(*) FROM audit_event WHERE action = ? AND participant_id = ?", action,
                p.id().toString());
    }

    /** The entries in the HTML's section of that key. */
    static int htmlEntries(String html, String key) {
        Matcher m = Pattern.compile("<section id=\"" + key + "\">(.*?)</section>", Pattern.DOTALL).matcher(html);
        if (!m.find()) {
            return -1;
        }
        Matcher entry = Pattern.compile("<dl class=\"entry\">").matcher(m.group(1));
        int n = 0;
        while (entry.find()) {
            n++;
        }
        return n;
    }

    static String letters() {
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }
}
