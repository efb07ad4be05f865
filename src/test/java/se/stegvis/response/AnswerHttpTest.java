package se.stegvis.response;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.instrument.PrivacyMode;
import se.stegvis.instrument.Scoring;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.response.AnswerWorld.Reply;
import se.stegvis.security.SessionService;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Answering over HTTP against the real database: identified, anonymous, idempotent, and read back. */
@MicronautTest(transactional = false)
class AnswerHttpTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    SessionService sessions;
    @Inject
    DueService due;
    @Inject
    AnswerWorld world;
    @Inject
    InstrumentService instruments;

    static final Map<String, Object> ORS = Map.of("individually", 7, "interpersonally", 6.5, "socially", 8,
            "overall", 5);

    TeamView team;
    StaffLogin coach;

    @BeforeEach
    void aTeamWithACoach() {
        team = fixtures.team(fixtures.association());
        coach = fixtures.coach(team);
    }

    @Test
    void identifiedOrsStoresNormalisedAnswersAndScoreAndMarksTheDueItem() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        due.request(ParticipantFixtures.actor(coach), p.id(), "ORS", null);
        Reply r = world.submit(client, token(p), key(), orsBody());

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.cacheControl()).isEqualTo("no-store");
        assertThat(r.json()).containsKeys("id", "instrumentCode", "version", "score", "submittedAt")
                .containsEntry("instrumentCode", "ORS").containsEntry("version", 1);
        assertThat(((Number) r.json().get("score")).doubleValue()).isEqualTo(26.5);
        List<Map<String, Object>> rows = world.rows("SELECT * FROM identified_response WHERE participant_id = ?",
                p.id().toString());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("id")).isEqualTo(r.json().get("id"));
        assertThat((String) rows.get(0).get("answers"))
                .isEqualTo("{\"individually\":7.0,\"interpersonally\":6.5,\"socially\":8.0,\"overall\":5.0}");
        assertThat(rows.get(0).get("team_id")).isEqualTo(team.id().toString());
        assertThat(world.rows("SELECT answered, answered_on FROM due_item WHERE participant_id = ? AND instrument_code = 'ORS'"
                + " AND answered = TRUE", p.id().toString())).singleElement()
                .satisfies(d -> assertThat(d.get("answered_on").toString()).isEqualTo(people.today().toString()));
        assertThat(world.count("SELECT COUNT(*) FROM audit_event WHERE actor_id = ? AND action = ? AND participant_id = ?",
                p.id().toString(), AnswerService.SUBMITTED, p.id().toString())).isEqualTo(1);
    }

    @Test
    void sameKeyAndBodyReplaysTheFirstAnswerWithoutASecondRow() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        String key = key();
        Reply first = world.submit(client, token(p), key, orsBody());
        Reply again = world.submit(client, token(p), key, orsBody());

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(storedFor(p)).isEqualTo(1);
    }

    @Test
    void sameKeyWithChangedAnswersIs422AndStoresNothingMore() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        String key = key();
        world.submit(client, token(p), key, orsBody());
        Reply changed = world.submit(client, token(p), key, world.body(ors(), Map.of("individually", 1,
                "interpersonally", 1, "socially", 1, "overall", 1)));

        assertThat(changed.status()).isEqualTo(422);
        assertThat(changed.json()).containsEntry("code", "idempotency.key-reused");
        assertThat(storedFor(p)).isEqualTo(1);
    }

    @Test
    void concurrentDuplicatesStoreExactlyOneAnswer() throws Exception {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        String key = key();
        String token = token(p);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return world.submit(client, token, key, orsBody());
                }));
            }
            start.countDown();
            for (Future<Reply> f : futures) {
                assertThat(f.get(60, TimeUnit.SECONDS).status()).isIn(201, 409);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(world.submit(client, token, key, orsBody()).status()).isEqualTo(201);
        assertThat(storedFor(p)).isEqualTo(1);
    }

    @Test
    void invalidAnswersAre422NamingTheItemAndStoreNothing() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        Reply r = world.submit(client, token(p), key(), world.body(ors(), Map.of("individually", 11,
                "interpersonally", 5, "socially", 5)));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.cacheControl()).isEqualTo("no-store");
        assertThat(r.body()).contains("\"field\":\"individually\"").contains("\"field\":\"overall\"");
        assertThat(storedFor(p)).isZero();
    }

    @Test
    void missingIdempotencyKeyIs400() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        Reply r = world.submit(client, token(p), null, orsBody());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("Idempotency-Key");
        assertThat(storedFor(p)).isZero();
    }

    @Test
    void anonymousIndicatorAnswersSavedOnlyAndKeepsPeriodGenderAndAgeBand() {
        ParticipantView p = people.aParticipant().man().born(LocalDate.now().getYear() - 30).enrolledDaysAgo(3)
                .createdIn(team, coach);
        Reply r = world.submit(client, token(p), key(), indicatorBody(4));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body()).isEqualTo("{\"saved\":true}");
        assertThat(r.cacheControl()).isEqualTo("no-store");
        List<Map<String, Object>> rows = world.rows("SELECT * FROM anonymous_response WHERE team_id = ?", team.id().toString());
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.keySet()).containsExactlyInAnyOrder("id", "team_id", "instrument_version_id", "period",
                    "gender", "age_band", "answers");
            assertThat(row.get("period")).isEqualTo(YearMonth.now(se.stegvis.shared.TimeFactory.SWEDEN).toString());
            assertThat(row.get("gender")).isEqualTo("MAN");
            assertThat(row.get("age_band")).isEqualTo("25-34");
            assertThat(UUID.fromString((String) row.get("id")).version()).isEqualTo(4);
        });
        assertThat(world.rows("SELECT answered, answered_on FROM due_item WHERE participant_id = ? AND instrument_code = ?",
                p.id().toString(), "INDICATOR_START")).singleElement().satisfies(d -> {
                    assertThat(d.get("answered")).isIn(true, 1, (byte) 1);
                    assertThat(d.get("answered_on")).isNull();
                });
        assertThat(storedFor(p)).as("no identified row").isZero();
        assertThat(world.count("SELECT COUNT(*) FROM audit_event WHERE actor_id = ? OR participant_id = ?",
                p.id().toString(), p.id().toString())).as("only the coach's creation is audited").isEqualTo(1);
    }

    @Test
    void retriedAnonymousAnswerGetsSavedAgainNotNothingDueAndIsStoredOnce() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(3).createdIn(team, coach);
        String key = key();
        assertThat(world.submit(client, token(p), key, indicatorBody(3)).status()).isEqualTo(201);

        // The first answer closed the item: the retry must replay, not be checked again (AnswerService.storeAnonymous).
        Reply retry = world.submit(client, token(p), key, indicatorBody(3));
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo("{\"saved\":true}");
        assertThat(world.count("SELECT COUNT(*) FROM anonymous_response WHERE team_id = ?", team.id().toString()))
                .isEqualTo(1);
    }

    @Test
    void anonymousAnswerWhenNothingIsDueIs422AndAnswerOnceIsAll() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(3).createdIn(team, coach);
        assertThat(world.submit(client, token(p), key(), indicatorBody(3)).status()).isEqualTo(201);
        Reply second = world.submit(client, token(p), key(), indicatorBody(5));
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.json()).containsEntry("code", "response.nothing-due");
        assertThat(world.count("SELECT COUNT(*) FROM anonymous_response WHERE team_id = ?", team.id().toString()))
                .isEqualTo(1);
    }

    @Test
    void versionOfAnotherAssociationIs404() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        UUID otherAssociation = fixtures.association();
        UUID foreign = instruments.create(otherAssociation, "VECKOKOLL", PrivacyMode.IDENTIFIED, Scoring.SUM,
                instruments.current(otherAssociation, "ORS").definition(), null).versionId();
        Reply r = world.submit(client, token(p), key(), world.body(foreign, ORS));
        assertThat(r.status()).isEqualTo(404);
        assertThat(storedFor(p)).isZero();
    }

    @Test
    void confidentialAnswersAreNeverStoredByTheAnswersRoute() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        UUID confidential = instruments.create(team.associationId(), "SCREENING_DRAFT", PrivacyMode.CONFIDENTIAL,
                Scoring.SUM, instruments.current(team.associationId(), "ORS").definition(), null).versionId();
        Reply r = world.submit(client, token(p), key(), world.body(confidential, ORS));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json()).containsEntry("code", "response.confidential-not-supported");
        assertThat(storedFor(p)).isZero();
    }

    @Test
    void staffTokenGets403OnTheParticipantRoutes() {
        assertThat(world.submit(client, coach.accessToken(), key(), orsBody()).status()).isEqualTo(403);
        assertThat(world.get(client, coach.accessToken(), "/api/participant/instruments/ORS").status()).isEqualTo(403);
        assertThat(world.get(client, coach.accessToken(), "/api/participant/responses").status()).isEqualTo(403);
    }

    @Test
    void participantGetsTheInstrumentWordedForTheirTeamInThreeLanguages() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        Reply r = world.get(client, token(p), "/api/participant/instruments/exit_feedback");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.cacheControl()).isEqualTo("no-store");
        assertThat(r.json()).containsEntry("code", "EXIT_FEEDBACK").containsEntry("privacyMode", "IDENTIFIED")
                .containsEntry("versionId", world.currentVersion(team.associationId(), "EXIT_FEEDBACK").toString());
        assertThat(r.json().get("title")).isEqualTo(Map.of("sv", "Egen feedback", "en", "Your own feedback",
                "ar", "ملاحظاتك الخاصة"));
        assertThat(r.body()).contains("Avesta").doesNotContain("{team}").doesNotContain("\"note\"");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) r.json().get("items");
        assertThat(items.get(0)).containsEntry("key", "most_satisfied").containsEntry("type", "FREE_TEXT")
                .containsEntry("maxLength", 2000).containsEntry("part", 1).containsEntry("anchors", null)
                .containsEntry("choices", null);
        assertThat(world.get(client, token(p), "/api/participant/instruments/NO_SUCH").status()).isEqualTo(404);

        Reply dueList = world.get(client, token(p), "/api/participant/due");
        assertThat(dueList.body()).contains("\"instrumentCode\":\"INDICATOR_START\"").contains("\"title\":{\"sv\":");
    }

    @Test
    void participantHistoryIsNewestFirstWithTitlesAndNeverAnonymous() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(3).createdIn(team, coach);
        world.submit(client, token(p), key(), indicatorBody(4));
        world.submit(client, token(p), key(), orsBody());
        Reply r = world.get(client, token(p), "/api/participant/responses");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.cacheControl()).isEqualTo("no-store");
        assertThat(r.body()).contains("\"instrumentCode\":\"ORS\"").contains("\"title\":{\"sv\":")
                .doesNotContain("INDICATOR");
    }

    @Test
    void coachOfAnotherTeamGets404OnParticipantResponses() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        StaffLogin stranger = fixtures.coach(fixtures.team(team.associationId()));
        assertThat(world.get(client, stranger.accessToken(), "/api/participants/" + p.id() + "/responses").status())
                .isEqualTo(404);
        assertThat(world.get(client, coach.accessToken(), "/api/participants/" + p.id() + "/responses").status())
                .isEqualTo(200);
    }

    @Test
    void exitFeedbackPartTwoReachesTheTeamLeadWithoutIdsOrNamesAndNotTheCoach() {
        ParticipantView fatima = people.aParticipant().named("Fatima K.").enrolledDaysAgo(300).createdIn(team, coach);
        ParticipantView sven = people.aParticipant().named("Sven Ö.").enrolledDaysAgo(300).createdIn(team, coach);
        UUID form = world.currentVersion(team.associationId(), "EXIT_FEEDBACK");
        Reply a = world.submit(client, token(fatima), key(), world.body(form, Map.of(
                "most_satisfied", "Att jag vågade ringa själv", "team_most_useful", "Promenaderna i skogen")));
        Reply b = world.submit(client, token(sven), key(), world.body(form, Map.of(
                "team_missing", "Fler träffar på kvällen")));
        assertThat(a.status()).isEqualTo(201);
        assertThat(b.status()).isEqualTo(201);

        StaffLogin lead = fixtures.teamLead(team);
        String month = YearMonth.now(se.stegvis.shared.TimeFactory.SWEDEN).toString();
        Reply r = world.get(client, lead.accessToken(), "/api/teams/" + team.id() + "/exit-feedback?from=" + month
                + "&to=" + month);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.cacheControl()).isEqualTo("no-store");
        assertThat(r.body()).contains("Promenaderna i skogen").contains("Fler träffar på kvällen")
                .contains("\"month\":\"" + month + "\"")
                .doesNotContain("Att jag vågade ringa själv")
                .doesNotContain(fatima.id().toString()).doesNotContain(sven.id().toString())
                .doesNotContain((String) a.json().get("id")).doesNotContain((String) b.json().get("id"))
                .doesNotContain("Fatima").doesNotContain("Sven").doesNotContain("submittedAt").doesNotContain("\"id\"");
        assertThat(world.count("SELECT COUNT(*) FROM audit_event WHERE actor_id = ? AND action = ? AND team_id = ?"
                + " AND participant_id IS NULL", lead.id().toString(), AnswerReadService.EXIT_FEEDBACK_READ,
                team.id().toString())).isEqualTo(1);

        assertThat(world.get(client, coach.accessToken(), "/api/teams/" + team.id() + "/exit-feedback").status())
                .as("a coach is not the team lead").isEqualTo(403);
        assertThat(world.get(client, lead.accessToken(), "/api/teams/" + team.id() + "/exit-feedback?from=2026-13")
                .status()).isEqualTo(400);
        Reply coachView = world.get(client, coach.accessToken(), "/api/participants/" + fatima.id() + "/responses");
        assertThat(coachView.body()).contains("Att jag vågade ringa själv").doesNotContain("Promenaderna i skogen");
    }

    @Test
    void swedishAndArabicFreeTextRoundTrips() {
        ParticipantView p = people.aParticipant().speaks("ar").enrolledDaysAgo(300).createdIn(team, coach);
        String swedish = "Åsa och Örjan hjälpte mig – tack! Även på måndagar.";
        String arabic = "شكراً للفريق، ساعدوني كثيراً 🌱";
        Reply r = world.submit(client, token(p), key(), world.body(world.currentVersion(team.associationId(),
                "EXIT_FEEDBACK"), Map.of("most_satisfied", swedish, "most_useful", arabic)));
        assertThat(r.status()).isEqualTo(201);
        Reply read = world.get(client, coach.accessToken(), "/api/participants/" + p.id() + "/responses");
        assertThat(read.body()).contains(swedish).contains("من بين كل ما قمت به هنا في Avesta");
        assertThat(read.body().replace("\\uD83C\\uDF31", "🌱")).as("the emoji may come JSON-escaped").contains(arabic);
        assertThat(world.parse((String) world.rows("SELECT answers FROM identified_response WHERE participant_id = ?",
                p.id().toString()).get(0).get("answers"))).containsEntry("most_satisfied", swedish)
                .containsEntry("most_useful", arabic);
    }

    // --- helpers

    UUID ors() {
        return world.currentVersion(team.associationId(), "ORS");
    }

    String orsBody() {
        return world.body(ors(), ORS);
    }

    String indicatorBody(int value) {
        return world.body(world.currentVersion(team.associationId(), "INDICATOR_START"), Map.of("influence", value,
                "respect", value, "time", value, "usefulness", value, "readiness", value));
    }

    long storedFor(ParticipantView p) {
        return world.count("SELECT COUNT(*) FROM identified_response WHERE participant_id = ?", p.id().toString());
    }

    String token(ParticipantView p) {
        return sessions.startParticipantSession(p.id()).token();
    }

    static String key() {
        return UUID.randomUUID().toString();
    }
}
