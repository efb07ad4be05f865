package se.stegvis.response;

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
import se.stegvis.shared.TimeFactory;
import se.stegvis.support.Api;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Anonymous free text is read only in aggregate: per team, instrument and year/half-year, five or more. */
@MicronautTest(transactional = false)
class AnonymousTextsHttpTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    SessionService sessions;
    @Inject
    AnswerWorld world;

    Api api;
    TeamView team;
    StaffLogin coach;
    StaffLogin lead;
    String code;

    @BeforeEach
    void aTeamWithItsOwnAnonymousQuestionnaire() {
        api = new Api(client, json);
        team = fixtures.team(fixtures.association());
        coach = fixtures.coach(team);
        lead = fixtures.teamLead(team);
        code = "TANKAR_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Map<String, Object> text = Map.of("sv", "Vill du säga något mer?", "en", "Anything else you want to say?",
                "ar", "هل تريد أن تقول شيئاً آخر؟");
        Api.Reply created = api.post("/api/instruments", Map.of("code", code, "privacyMode", "ANONYMOUS",
                "scoring", "NONE", "definition", Map.of("title", Map.of("sv", "Tankar", "en", "Thoughts", "ar", "أفكار"),
                        "items", List.of(
                                Map.of("key", "mood", "type", "YES_NO", "required", true,
                                        "text", Map.of("sv", "Trivs du?", "en", "Do you like it?", "ar", "هل أنت مرتاح؟")),
                                Map.of("key", "more", "type", "FREE_TEXT", "required", false, "text", text,
                                        "maxLength", 500)))), fixtures.admin(team.associationId()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @Test
    void fewerThanFiveAnswersShowOnlyLessThanFiveAndNoTexts() {
        for (int n = 0; n < 4; n++) {
            answer("Text nummer " + n);
        }
        Api.Reply reply = api.get(path(thisYear()), lead);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.map()).containsEntry("answers", "<5").containsEntry("period", thisYear());
        assertThat(items(reply)).singleElement().satisfies(i -> {
            assertThat(i).containsEntry("key", "more").containsEntry("count", "<5");
            assertThat((List<?>) i.get("texts")).isEmpty();
        });
        assertThat(reply.body()).doesNotContain("Text nummer");
    }

    @Test
    void fiveOrMoreAnswersShowTheTextsWithoutGenderAgeBandOrMonthAndNotInTheOrderGiven() {
        List<String> given = new ArrayList<>();
        for (int n = 0; n < 7; n++) {
            String t = "Tanke " + n + " – tack för stödet, شكراً";
            given.add(t);
            answer(t);
        }
        answer(" ");
        boolean someOrderDiffers = false;
        for (int read = 0; read < 3; read++) {
            Api.Reply reply = api.get(path(thisYear()), lead);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.map()).containsEntry("answers", "8");
            Map<String, Object> item = items(reply).get(0);
            assertThat(item).containsEntry("count", "7");
            @SuppressWarnings("unchecked")
            List<String> texts = (List<String>) item.get("texts");
            assertThat(texts).containsExactlyInAnyOrderElementsOf(given);
            someOrderDiffers |= !texts.equals(given);
            assertThat(reply.body()).doesNotContain("WOMAN", "gender", "ageBand", "25-34", YearMonth.now(TimeFactory.SWEDEN).toString() + "\"");
        }
        assertThat(someOrderDiffers).as("texts are shuffled, not in the order they were given").isTrue();
    }

    @Test
    void aHalfYearWithoutAnswersIsLessThanFiveAndAMonthIsNoPeriod() {
        for (int n = 0; n < 5; n++) {
            answer("Text " + n);
        }
        String otherHalf = YearMonth.now(TimeFactory.SWEDEN).getMonthValue() <= 6 ? YearMonth.now(TimeFactory.SWEDEN).getYear() + "-H2"
                : YearMonth.now(TimeFactory.SWEDEN).getYear() + "-H1";
        assertThat(api.get(path(otherHalf), lead).map()).containsEntry("answers", "<5");
        Api.Reply month = api.get(path(YearMonth.now(TimeFactory.SWEDEN).toString()), lead);
        assertThat(month.status()).isEqualTo(400);
        assertThat(month.body()).contains("\"field\":\"period\"");
    }

    @Test
    void theBuiltInStartIndicatorCarriesAnOptionalFreeTextReadOnlyInAggregate() {
        for (int n = 0; n < 5; n++) {
            ParticipantView p = people.aParticipant().enrolledDaysAgo(3).createdIn(team, coach);
            String token = sessions.startParticipantSession(p.id()).token();
            Map<String, Object> answers = n == 4
                    ? Map.of("influence", 4, "respect", 5, "time", 4, "usefulness", 3, "readiness", 2)
                    : Map.of("influence", 4, "respect", 5, "time", 4, "usefulness", 3, "readiness", 2,
                    "more", "Mer tid med coachen " + n);
            AnswerWorld.Reply r = world.submit(client, token, UUID.randomUUID().toString(),
                    world.body(world.currentVersion(team.associationId(), "INDICATOR_START"), answers));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        Api.Reply reply = api.get("/api/teams/" + team.id() + "/anonymous-texts?instrumentCode=INDICATOR_START&period="
                + thisYear(), lead);

        assertThat(reply.map()).containsEntry("answers", "5");
        assertThat(items(reply)).singleElement().satisfies(i -> {
            assertThat(i).containsEntry("key", "more").containsEntry("count", "<5");
            assertThat(((Map<?, ?>) i.get("text")).get("sv")).isEqualTo("Vill du säga något mer?");
            assertThat((List<?>) i.get("texts")).as("five answered, only four wrote something").isEmpty();
        });
    }

    @Test
    void theAssociationAdminMayReadAndOnlyTeamLeadsOfTheTeamAmongTeamStaff() {
        assertThat(api.get(path(thisYear()), fixtures.admin(team.associationId())).status()).isEqualTo(200);
        assertThat(api.get(path(thisYear()), coach).status()).as("coach").isEqualTo(403);
        assertThat(api.get(path(thisYear()), fixtures.coordinator(team.associationId())).status())
                .as("coordinator").isEqualTo(403);
        TeamView sister = fixtures.team(team.associationId());
        assertThat(api.get(path(thisYear()), fixtures.teamLead(sister)).status()).as("lead of another team")
                .isEqualTo(404);
        assertThat(api.get(path(thisYear()), fixtures.admin(fixtures.association())).status())
                .as("admin of another association").isEqualTo(404);
    }

    @Test
    void identifiedInstrumentsHaveNoAggregateTextsHere() {
        Api.Reply reply = api.get("/api/teams/" + team.id() + "/anonymous-texts?instrumentCode=EXIT_FEEDBACK", lead);
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).contains("\"field\":\"instrument\"");
    }

    @Test
    void theReadIsAuditedForTheTeamWithoutAParticipant() {
        api.get(path(thisYear()), lead);
        assertThat(world.count("SELECT COUNT(*) FROM audit_event WHERE action = ? AND team_id = ? AND actor_id = ? "
                        + "AND participant_id IS NULL", AnonymousTextService.TEXTS_READ, team.id().toString(),
                lead.id().toString())).isEqualTo(1);
    }

    private void answer(String text) {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(30).createdIn(team, coach);
        assertThat(api.post("/api/participants/" + p.id() + "/due", Map.of("instrumentCode", code), coach).status())
                .isEqualTo(201);
        String token = sessions.startParticipantSession(p.id()).token();
        AnswerWorld.Reply r = world.submit(client, token, UUID.randomUUID().toString(),
                world.body(world.currentVersion(team.associationId(), code), Map.of("mood", "YES", "more", text)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private String path(String period) {
        return "/api/teams/" + team.id() + "/anonymous-texts?instrumentCode=" + code + "&period=" + period;
    }

    private static String thisYear() {
        return Integer.toString(YearMonth.now(TimeFactory.SWEDEN).getYear());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Api.Reply reply) {
        return (List<Map<String, Object>>) reply.map().get("items");
    }
}
