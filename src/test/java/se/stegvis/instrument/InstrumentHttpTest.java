package se.stegvis.instrument;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.SessionService;
import se.stegvis.support.Api;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The instrument API through the embedded server against the real database. */
@MicronautTest(transactional = false)
class InstrumentHttpTest {
    static final List<String> BUILT_INS = List.of("EXIT_FEEDBACK", "GROUP_FEEDBACK", "INDICATOR_EXIT",
            "INDICATOR_START", "ORS", "SRS", "SRS_GROUP", "VIOLENCE_SCREENING");

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures participants;
    @Inject
    SessionService sessions;

    private Api api;
    private TeamView team;
    private StaffLogin admin;
    private StaffLogin coach;
    private StaffLogin teamLead;
    private StaffLogin foreignAdmin;

    @BeforeEach
    void world() {
        api = new Api(client, json);
        Fixtures.TwoAssociations w = fixtures.twoAssociations();
        team = w.team();
        admin = w.admin();
        foreignAdmin = w.foreignAdmin();
        coach = fixtures.coach(team);
        teamLead = fixtures.teamLead(team);
    }

    static Map<String, Object> texts(String sv) {
        return Map.of("sv", sv, "en", "EN " + sv, "ar", "عربي " + sv);
    }

    static Map<String, Object> definition(String title, String itemText) {
        return Map.of("title", texts(title), "items", List.of(
                Map.of("key", "mood", "type", "VAS_0_10", "required", true, "text", texts(itemText)),
                Map.of("key", "comment", "type", "FREE_TEXT", "required", false, "text", texts("Något mer?"),
                        "maxLength", 500)));
    }

    private Map<String, Object> create(String code, StaffLogin as) {
        var reply = api.post("/api/instruments", Map.of("code", code, "privacyMode", "IDENTIFIED", "scoring", "SUM",
                "definition", definition("Veckokoll", "Hur mår du?")), as);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.map();
    }

    private String uniqueCode() {
        return "CHECK_" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    @Test
    void everyStaffRoleListsTheBuiltInsWithTitlesInTheirLanguage() {
        for (StaffLogin who : List.of(admin, coach, teamLead, fixtures.coordinator(team.associationId()))) {
            var reply = api.get("/api/instruments", who);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.list()).extracting(m -> m.get("code")).containsExactlyElementsOf(BUILT_INS);
            // The indicator questionnaires are at version 2 (an optional free-text item, changeset 090).
            assertThat(reply.list()).allSatisfy(m -> assertThat(m).containsEntry("builtIn", true)
                    .containsEntry("version", m.get("code").toString().startsWith("INDICATOR_") ? 2 : 1));
        }
        var swedish = api.send(HttpRequest.GET("/api/instruments").header("Accept-Language", "sv"), coach).list();
        var arabic = api.send(HttpRequest.GET("/api/instruments").header("Accept-Language", "ar"), coach).list();
        var english = api.send(HttpRequest.GET("/api/instruments").header("Accept-Language", "en-GB"), coach).list();
        assertThat(title(swedish, "ORS")).isEqualTo("ORS – Hur har du haft det?");
        assertThat(title(arabic, "ORS")).isEqualTo("ORS – كيف كانت حالك؟");
        assertThat(title(english, "ORS")).isEqualTo("ORS – How have you been doing?");
        assertThat(title(swedish, "INDICATOR_START")).startsWith("PLATSHÅLLARE");
        assertThat(swedish).filteredOn(m -> m.get("code").equals("INDICATOR_EXIT")).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("privacyMode", "ANONYMOUS").containsEntry("scoring", "NONE"));
    }

    private static String title(List<Map<String, Object>> list, String code) {
        return (String) list.stream().filter(m -> m.get("code").equals(code)).findFirst().orElseThrow().get("title");
    }

    @Test
    @SuppressWarnings("unchecked")
    void coachReadsABuiltInWithAllItemsInAllLanguages() {
        var reply = api.get("/api/instruments/EXIT_FEEDBACK", coach);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.map()).containsEntry("code", "EXIT_FEEDBACK").containsEntry("privacyMode", "IDENTIFIED")
                .containsEntry("version", 1).doesNotContainKey("maxScore");
        Map<String, Object> def = (Map<String, Object>) reply.map().get("definition");
        List<Map<String, Object>> items = (List<Map<String, Object>>) def.get("items");
        assertThat(items).hasSize(11);
        assertThat((Map<String, Object>) items.get(7).get("text")).containsEntry("sv",
                "Vad tycker du att {team} ska göra annorlunda?")
                .containsEntry("ar", "ما الذي تعتقد أن على {team} أن يفعله بشكل مختلف؟");
        assertThat(api.get("/api/instruments/SRS", coach).map()).containsEntry("maxScore", 40);
        assertThat(api.get("/api/instruments/srs", coach).status()).as("codes are case-insensitive in the path")
                .isEqualTo(200);
    }

    @Test
    void unknownCodeAndVersionAre404() {
        assertThat(api.get("/api/instruments/NO_SUCH_FORM", coach).status()).isEqualTo(404);
        assertThat(api.get("/api/instruments/ORS/versions/2", coach).status()).isEqualTo(404);
        assertThat(api.get("/api/instruments/ORS/versions/1", coach).status()).isEqualTo(200);
    }

    @Test
    void participantsAreRefusedEveryInstrumentRoute() {
        ParticipantView p = participants.aParticipant().createdIn(team, coach);
        StaffLogin phone = new StaffLogin(null, sessions.startParticipantSession(p.id()).token(), null);
        assertThat(api.get("/api/instruments", phone).status()).isEqualTo(403);
        assertThat(api.get("/api/instruments/ORS", phone).status()).isEqualTo(403);
        assertThat(api.get("/api/instruments/ORS/versions/1", phone).status()).isEqualTo(403);
        assertThat(api.post("/api/instruments", Map.of("code", uniqueCode(), "privacyMode", "IDENTIFIED",
                "scoring", "SUM", "definition", definition("X", "Y")), phone).status()).isEqualTo(403);
        assertThat(api.put("/api/instruments/ORS", Map.of("definition", definition("X", "Y")), phone).status())
                .isEqualTo(403);
        assertThat(api.get("/api/instruments", null).status()).isEqualTo(401);
    }

    @Test
    void coachAndCoordinatorMayReadButNotChange() {
        var body = Map.of("definition", definition("X", "Y"));
        assertThat(api.put("/api/instruments/ORS", body, coach).status()).isEqualTo(403);
        StaffLogin coordinator = fixtures.coordinator(team.associationId());
        assertThat(api.put("/api/instruments/ORS", body, coordinator).status()).isEqualTo(403);
        var create = Map.of("code", uniqueCode(), "privacyMode", "IDENTIFIED", "scoring", "SUM",
                "definition", definition("X", "Y"));
        assertThat(api.post("/api/instruments", create, coach).status()).isEqualTo(403);
        assertThat(api.post("/api/instruments", create, teamLead).status()).as("only admins create").isEqualTo(403);
        assertThat(api.get("/api/instruments/ORS", coach).map()).containsEntry("builtIn", true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void adminCreatesAnInstrumentThatOnlyTheirAssociationSees() {
        String code = uniqueCode();
        Map<String, Object> created = create(code, admin);
        assertThat(created).containsEntry("code", code).containsEntry("version", 1).containsEntry("builtIn", false)
                .containsEntry("maxScore", 10);
        assertThat(api.get("/api/instruments", coach).list()).extracting(m -> m.get("code")).contains(code);
        assertThat(api.get("/api/instruments/" + code, coach).status()).isEqualTo(200);

        assertThat(api.get("/api/instruments", foreignAdmin).list()).extracting(m -> m.get("code")).doesNotContain(code);
        assertThat(api.get("/api/instruments/" + code, foreignAdmin).status()).isEqualTo(404);
        assertThat(api.get("/api/instruments/" + code + "/versions/1", foreignAdmin).status()).isEqualTo(404);
        assertThat(api.put("/api/instruments/" + code, Map.of("definition", definition("Kapad", "Kapad")), foreignAdmin)
                .status()).isEqualTo(404);
        var mine = (Map<String, Object>) api.get("/api/instruments/" + code, admin).map().get("definition");
        assertThat((Map<String, Object>) mine.get("title")).containsEntry("sv", "Veckokoll");
    }

    @Test
    void aDuplicateCodeIs409IncludingBuiltInCodes() {
        String code = uniqueCode();
        create(code, admin);
        var again = api.post("/api/instruments", Map.of("code", code, "privacyMode", "ANONYMOUS", "scoring", "NONE",
                "definition", definition("X", "Y")), admin);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains(code);
        var builtIn = api.post("/api/instruments", Map.of("code", "ORS", "privacyMode", "IDENTIFIED", "scoring", "SUM",
                "definition", definition("X", "Y")), admin);
        assertThat(builtIn.status()).isEqualTo(409);
        assertThat(builtIn.map().get("type")).isEqualTo("https://stegvis.se/problems/instrument.code-taken");
        var foreign = api.post("/api/instruments", Map.of("code", code, "privacyMode", "IDENTIFIED", "scoring", "SUM",
                "definition", definition("X", "Y")), foreignAdmin);
        assertThat(foreign.status()).as("codes are per association").isEqualTo(201);
    }

    @Test
    @SuppressWarnings("unchecked")
    void changingMakesANewVersionAndTheOldOneStaysReadableAndUnchanged() {
        String code = uniqueCode();
        Map<String, Object> v1 = create(code, admin);
        var v2 = api.put("/api/instruments/" + code, Map.of("definition", definition("Veckokoll", "Hur har veckan varit?")),
                teamLead);
        assertThat(v2.status()).isEqualTo(200);
        assertThat(v2.map()).containsEntry("version", 2).containsEntry("privacyMode", "IDENTIFIED");
        assertThat(v2.map().get("versionId")).isNotEqualTo(v1.get("versionId"));

        var current = api.get("/api/instruments/" + code, coach).map();
        assertThat(current).containsEntry("version", 2);
        var old = api.get("/api/instruments/" + code + "/versions/1", coach).map();
        assertThat(old).containsEntry("versionId", v1.get("versionId"));
        var oldItems = (List<Map<String, Object>>) ((Map<String, Object>) old.get("definition")).get("items");
        assertThat((Map<String, Object>) oldItems.get(0).get("text")).containsEntry("sv", "Hur mår du?");
        assertThat(old).isEqualTo(v1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void changingABuiltInGivesTheAssociationItsOwnVersionOneAndLeavesOthersOnTheBuiltIn() {
        var builtIn = api.get("/api/instruments/SRS", admin).map();
        Map<String, Object> licensed = Map.of("title", texts("SRS (licensierad)"), "note", "Licensed wording",
                "items", List.of("relationship", "goals_and_topics", "approach", "overall").stream()
                        .map(k -> (Object) Map.of("key", k, "type", "VAS_0_10", "required", true,
                                "text", texts("Licensierad text " + k))).toList());
        var own = api.put("/api/instruments/SRS", Map.of("definition", licensed), teamLead);
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.map()).containsEntry("builtIn", false).containsEntry("version", 1)
                .containsEntry("privacyMode", "IDENTIFIED").containsEntry("scoring", "SUM").containsEntry("maxScore", 40);
        assertThat(api.get("/api/instruments/SRS", coach).map()).containsEntry("versionId", own.map().get("versionId"));
        assertThat(api.get("/api/instruments", coach).list()).filteredOn(m -> m.get("code").equals("SRS"))
                .singleElement().satisfies(m -> assertThat(m).containsEntry("builtIn", false)
                        .containsEntry("title", "SRS (licensierad)"));

        var foreign = api.get("/api/instruments/SRS", foreignAdmin).map();
        assertThat(foreign).as("another association keeps the built-in").isEqualTo(builtIn);

        var second = api.put("/api/instruments/SRS", Map.of("definition", licensed), admin);
        assertThat(second.map()).containsEntry("version", 2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void badDefinitionsAre422NamingTheFieldInTheCallersLanguage() {
        Map<String, Object> noArabic = Map.of("title", texts("Titel"), "items", List.of(
                Map.of("key", "a", "type", "VAS_0_10", "required", true,
                        "text", Map.of("sv", "Fråga", "en", "Question")),
                Map.of("key", "a", "type", "FREE_TEXT", "required", false, "text", texts("Text"), "maxLength", 5000)));
        var reply = api.send(HttpRequest.POST("/api/instruments", Map.of("code", uniqueCode(),
                "privacyMode", "IDENTIFIED", "scoring", "SUM", "definition", noArabic)).header("Accept-Language", "sv"), admin);
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.map().get("type")).isEqualTo("https://stegvis.se/problems/instrument.definition-invalid");
        var errors = (List<Map<String, Object>>) reply.map().get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactly("definition.items[0].text.ar",
                "definition.items[1].key", "definition.items[1].maxLength");
        assertThat(errors.get(0).get("message")).isEqualTo("Texten behövs på svenska, engelska och arabiska.");

        var arabic = api.send(HttpRequest.PUT("/api/instruments/ORS", Map.of("definition", noArabic))
                .header("Accept-Language", "ar"), admin);
        assertThat(arabic.status()).isEqualTo(422);
        assertThat(((List<Map<String, Object>>) arabic.map().get("errors")).get(0).get("message"))
                .isEqualTo("النص مطلوب باللغات السويدية والإنجليزية والعربية.");
        assertThat(api.get("/api/instruments/ORS", admin).map()).as("nothing was stored").containsEntry("builtIn", true);
    }

    @Test
    void malformedRequestsAre400NamingTheField() {
        var badCode = api.post("/api/instruments", Map.of("code", "lower-case", "privacyMode", "IDENTIFIED",
                "scoring", "SUM", "definition", definition("X", "Y")), admin);
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.body()).contains("\"field\":\"code\"");
        var noDefinition = api.put("/api/instruments/ORS", Map.of(), admin);
        assertThat(noDefinition.status()).isEqualTo(400);
        var badType = api.post("/api/instruments", Map.of("code", uniqueCode(), "privacyMode", "IDENTIFIED",
                "scoring", "SUM", "definition", Map.of("title", texts("X"), "items", List.of(
                        Map.of("key", "a", "type", "SLIDER", "required", true, "text", texts("Y"))))), admin);
        assertThat(badType.status()).isEqualTo(400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void swedishAndArabicTextsRoundTripThroughTheDatabase() {
        String code = uniqueCode();
        String sv = "Hur har det gått på Åre–Östersund? Ärligt talat, å ä ö 😀";
        String ar = "كيف كانت الأمور في {team}؟ بصراحة";
        Map<String, Object> def = Map.of("title", Map.of("sv", "Frågor åäö", "en", "Questions", "ar", "أسئلة"),
                "items", List.of(Map.of("key", "how", "type", "SINGLE_CHOICE", "required", true,
                        "text", Map.of("sv", sv, "en", "How?", "ar", ar),
                        "choices", List.of(Map.of("value", "GOOD", "text", Map.of("sv", "Bra", "en", "Good", "ar", "جيد")),
                                Map.of("value", "BAD", "text", Map.of("sv", "Dåligt", "en", "Bad", "ar", "سيئ"))))));
        assertThat(api.post("/api/instruments", Map.of("code", code, "privacyMode", "CONFIDENTIAL", "scoring", "NONE",
                "definition", def), admin).status()).isEqualTo(201);
        var read = api.get("/api/instruments/" + code, coach).map();
        assertThat(read).containsEntry("privacyMode", "CONFIDENTIAL");
        var item = ((List<Map<String, Object>>) ((Map<String, Object>) read.get("definition")).get("items")).get(0);
        assertThat((Map<String, Object>) item.get("text")).containsEntry("sv", sv).containsEntry("ar", ar);
        var arabicTitle = api.send(HttpRequest.GET("/api/instruments").header("Accept-Language", "ar"), coach).list();
        assertThat(title(arabicTitle, code)).isEqualTo("أسئلة");
    }
}
