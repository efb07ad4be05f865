package se.stegvis.screening;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.instrument.ItemType;
import se.stegvis.instrument.PrivacyMode;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.screening.ScreeningWorld.Reply;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Answering the screening over HTTP against the real database: encrypted, idempotent, urgent, declined. */
@MicronautTest(transactional = false)
class ScreeningHttpTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    ScreeningWorld world;
    @Inject
    CapturingNotifier notifier;
    @Inject
    InstrumentService instruments;

    TeamView team;
    StaffLogin coach;

    @BeforeEach
    void aTeamWithACoach() {
        team = fixtures.team(fixtures.association());
        coach = fixtures.coach(team);
    }

    @Test
    void theRawRowHoldsNoPlaintextOnlyTheKeyIdAndWhoWasAskedWhen() {
        ParticipantView p = people.aParticipant().woman().enrolledDaysAgo(10).createdIn(team, coach);
        Reply r = world.answer(client, p, team.associationId(), ScreeningWorld.URGENT);

        assertThat(r.status()).isEqualTo(201);
        Map<String, Object> row = world.rows("SELECT * FROM screening_response WHERE participant_id = ?",
                p.id().toString()).get(0);
        assertThat(row.get("key_id")).isEqualTo("test-a");
        assertThat(row.get("declined")).isIn(false, 0, (byte) 0);
        assertThat(row.get("gender")).isEqualTo("WOMAN");
        String everything = row.toString();
        for (String plain : List.of("YES", "NO\"", "DECLINED", "ongoing", "wants_support_now", "exposed")) {
            assertThat(everything).as("plaintext '" + plain + "' in the row").doesNotContain(plain);
        }
        byte[] sealed = Base64.getDecoder().decode((String) row.get("payload"));
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("YES");
        assertThat(world.count("SELECT COUNT(*) FROM identified_response WHERE participant_id = ?", p.id().toString()))
                .as("nothing in the identified answers").isZero();
        assertThat(world.rows("SELECT response_body FROM idempotency_record").toString())
                .as("the stored replay carries no answer").doesNotContain("ongoing").doesNotContain("urgent");
    }

    @Test
    void submitShowsHelpNowWithTheTeamsLocalContactsAndMarksTheDueItem() {
        StaffLogin lead = fixtures.teamLead(team);
        world.put(client, lead.accessToken(), "/api/teams/" + team.id() + "/screening-settings/local-contacts",
                Map.of("localContacts", "Socialjouren Avesta 0226-64 50 00"));
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);

        Reply r = world.answer(client, p, team.associationId(), ScreeningWorld.CALM);

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.cacheControl()).isEqualTo("no-store");
        assertThat(r.map()).containsEntry("saved", true);
        assertThat(r.map().get("helpNow")).isEqualTo(Map.of("emergencyNumber", "112",
                "kvinnofridslinjen", "020-50 50 50", "localContacts", "Socialjouren Avesta 0226-64 50 00"));
        assertThat(world.count("SELECT COUNT(*) FROM due_item WHERE participant_id = ? AND instrument_code = ?"
                + " AND answered = TRUE", p.id().toString(), ScreeningItems.CODE)).isEqualTo(1);
        Reply again = world.answer(client, p, team.associationId(), ScreeningWorld.CALM);
        assertThat(again.status()).as("answered once per time it is due").isEqualTo(422);
        assertThat(again.map()).containsEntry("code", "screening.not-due");
    }

    @Test
    void anUrgentAnswerMakesExactlyOneAlertAndOneNotificationEvenWhenRetried() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        String token = world.token(p);
        String key = UUID.randomUUID().toString();
        String body = world.body(world.version(team.associationId()), ScreeningWorld.URGENT, false);

        Reply first = world.submit(client, token, key, body);
        Reply retry = world.submit(client, token, key, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(world.count("SELECT COUNT(*) FROM screening_response WHERE participant_id = ?", p.id().toString()))
                .isEqualTo(1);
        assertThat(notifier.forTeam(team.id())).singleElement().satisfies(c -> {
            assertThat(c.coachIds()).containsExactly(coach.id());
            assertThat(c.toString()).doesNotContain("YES").doesNotContain(p.id().toString());
        });
        Reply alerts = world.get(client, coach.accessToken(), "/api/screening/alerts");
        assertThat(alerts.cacheControl()).isEqualTo("no-store");
        assertThat(alerts.list()).singleElement().satisfies(a -> {
            assertThat(a).containsEntry("participantId", p.id().toString()).containsEntry("urgent", true);
            assertThat(a.get("reasons")).isEqualTo(List.of("ongoing", "wants_support_now"));
        });
    }

    @Test
    void urgentAlertsComeFirstAndReadingTheScreeningsClearsThem() {
        ParticipantView calm = people.aParticipant().named("Bo").enrolledDaysAgo(10).createdIn(team, coach);
        ParticipantView urgent = people.aParticipant().named("Amal").enrolledDaysAgo(10).createdIn(team, coach);
        world.answer(client, urgent, team.associationId(), ScreeningWorld.answers("NO", "NO", "NO", "NO", "NO", "NO", "YES"));
        world.answer(client, calm, team.associationId(), ScreeningWorld.CALM);

        List<Map<String, Object>> alerts = world.get(client, coach.accessToken(), "/api/screening/alerts").list();
        assertThat(alerts).extracting(a -> a.get("participantId"))
                .containsExactly(urgent.id().toString(), calm.id().toString());
        assertThat(alerts).extracting(a -> a.get("urgent")).containsExactly(true, false);

        assertThat(world.get(client, coach.accessToken(), "/api/participants/" + urgent.id() + "/screenings").status())
                .isEqualTo(200);
        assertThat(world.get(client, coach.accessToken(), "/api/screening/alerts").list())
                .extracting(a -> a.get("participantId")).containsExactly(calm.id().toString());
        assertThat(notifier.forTeam(team.id())).hasSize(1);
    }

    @Test
    void declaringTheWholeScreeningIsRecordedAsDeclinedNotAsNo() {
        ParticipantView p = people.aParticipant().man().enrolledDaysAgo(10).createdIn(team, coach);
        Reply r = world.submit(client, world.token(p), UUID.randomUUID().toString(),
                world.body(world.version(team.associationId()), null, true));
        assertThat(r.status()).isEqualTo(201);

        List<Map<String, Object>> read = world.get(client, coach.accessToken(),
                "/api/participants/" + p.id() + "/screenings").list();
        assertThat(read).singleElement().satisfies(s -> {
            assertThat(s).containsEntry("declined", true).containsEntry("urgent", false);
            assertThat((List<?>) s.get("answers")).isEmpty();
        });
        assertThat(notifier.forTeam(team.id())).isEmpty();
    }

    @Test
    void decliningWithAnswersOrAnsweringWithoutEveryQuestionIsRefusedAndStoresNothing() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        UUID version = world.version(team.associationId());
        Reply both = world.submit(client, world.token(p), UUID.randomUUID().toString(),
                world.body(version, ScreeningWorld.CALM, true));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body()).contains("answers");
        Reply partial = world.submit(client, world.token(p), UUID.randomUUID().toString(),
                world.body(version, Map.of("ongoing", "NO"), false));
        assertThat(partial.status()).isEqualTo(422);
        assertThat(partial.body()).contains("wants_support_now");
        assertThat(world.count("SELECT COUNT(*) FROM screening_response WHERE participant_id = ?", p.id().toString()))
                .isZero();
    }

    @Test
    void everyQuestionAcceptsDeclinedAndTheCoachReadsItemTextsInThreeLanguages() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        Map<String, Object> allDeclined = ScreeningWorld.answers("DECLINED", "DECLINED", "DECLINED", "DECLINED",
                "DECLINED", "DECLINED", "DECLINED");
        assertThat(world.answer(client, p, team.associationId(), allDeclined).status()).isEqualTo(201);

        Map<String, Object> s = world.get(client, coach.accessToken(), "/api/participants/" + p.id() + "/screenings")
                .list().get(0);
        assertThat(s).containsEntry("declined", false).containsEntry("instrumentCode", "VIOLENCE_SCREENING");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> answers = (List<Map<String, Object>>) s.get("answers");
        assertThat(answers).hasSize(7).allSatisfy(a -> assertThat(a.get("answer")).isEqualTo("DECLINED"));
        assertThat(answers.get(3).get("text")).isEqualTo(Map.of("sv", "Pågår något av detta nu?",
                "en", "Is any of this going on now?", "ar", "هل يحدث أي من هذا الآن؟"));
    }

    @Test
    void theParticipantCannotSeeTheirScreeningAgain() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        world.answer(client, p, team.associationId(), ScreeningWorld.URGENT);
        String token = world.token(p);

        Reply history = world.get(client, token, "/api/participant/responses");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).doesNotContain("VIOLENCE_SCREENING");
        assertThat(world.get(client, token, "/api/participants/" + p.id() + "/screenings").status()).isEqualTo(403);
        assertThat(world.get(client, token, "/api/participant/due").body()).doesNotContain("VIOLENCE_SCREENING");
    }

    @Test
    void theScreeningIsDueAtEnrolmentAndEverySixMonthsUnderANeutralTitle() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(2).createdIn(team, coach);
        List<Map<String, Object>> mine = world.get(client, world.token(p), "/api/participant/due").list();
        assertThat(mine).filteredOn(d -> ScreeningItems.CODE.equals(d.get("instrumentCode"))).singleElement()
                .satisfies(d -> {
                    assertThat(d).containsEntry("reason", "ENROLMENT");
                    assertThat(d.get("title").toString()).contains("Några frågor om din vardag")
                            .doesNotContainIgnoringCase("våld").doesNotContainIgnoringCase("violence");
                });
        List<String> periodic = world.rows("SELECT due_date FROM due_item WHERE participant_id = ? AND instrument_code = ?"
                + " AND reason = 'PERIODIC' ORDER BY due_date", p.id().toString(), ScreeningItems.CODE).stream()
                .map(r -> r.get("due_date").toString()).toList();
        assertThat(periodic).startsWith(people.today().minusDays(2).plusMonths(6).toString(),
                people.today().minusDays(2).plusMonths(12).toString());
    }

    @Test
    void theAnswersRouteStillRefusesConfidentialVersions() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        Reply r = world.exchange(client, io.micronaut.http.HttpRequest.POST("/api/participant/responses",
                        world.body(world.version(team.associationId()), ScreeningWorld.CALM, false))
                .contentType(io.micronaut.http.MediaType.APPLICATION_JSON_TYPE).bearerAuth(world.token(p))
                .header("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.map()).containsEntry("code", "response.confidential-not-supported");
    }

    @Test
    void thePortalGetsTheQuickExitSiteAndIdleTimeout() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        Reply r = world.get(client, world.token(p), "/api/participant/screening");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.cacheControl()).isEqualTo("no-store");
        assertThat(r.map()).containsEntry("instrumentCode", "VIOLENCE_SCREENING")
                .containsEntry("quickExitUrl", "/assets/neutral-test.html").containsEntry("idleTimeoutSeconds", 300);
    }

    @Test
    void theBuiltInHasSevenRequiredYesNoDeclinedQuestionsInThreeLanguages() {
        var v = instruments.current(team.associationId(), ScreeningItems.CODE);
        assertThat(v.privacyMode()).isEqualTo(PrivacyMode.CONFIDENTIAL);
        assertThat(v.definition().items()).hasSize(7).allSatisfy(i -> {
            assertThat(i.type()).as("YES, NO or DECLINED").isEqualTo(ItemType.YES_NO);
            assertThat(i.required()).isTrue();
            assertThat(i.text().ar()).containsPattern("[\\u0600-\\u06FF]");
            assertThat(i.text().en()).isNotBlank();
        });
        assertThat(v.definition().items()).extracting(i -> i.key()).contains(ScreeningItems.ONGOING,
                ScreeningItems.WANTS_SUPPORT_NOW, ScreeningItems.USES_VIOLENCE, "children_witness");
    }

    @Test
    void anAssociationRewordsTheScreeningAsANewVersionThatStaysConfidential() {
        StaffLogin lead = fixtures.teamLead(team);
        var builtIn = instruments.current(team.associationId(), ScreeningItems.CODE).definition();
        var reworded = new se.stegvis.instrument.InstrumentDefinition(
                new se.stegvis.instrument.Texts("Hur har du det hemma?", "How are things at home?", "كيف الأحوال في البيت؟"),
                builtIn.intro(), builtIn.note(), builtIn.parts(), builtIn.items());
        Reply put = world.put(client, lead.accessToken(), "/api/instruments/" + ScreeningItems.CODE,
                Map.of("definition", reworded));
        assertThat(put.status()).isEqualTo(200);
        var own = instruments.current(team.associationId(), ScreeningItems.CODE);
        assertThat(own.builtIn()).isFalse();
        assertThat(own.privacyMode()).isEqualTo(PrivacyMode.CONFIDENTIAL);

        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        assertThat(world.answer(client, p, team.associationId(), ScreeningWorld.CALM).status()).isEqualTo(201);
        assertThat(world.rows("SELECT instrument_version_id FROM screening_response WHERE participant_id = ?",
                p.id().toString()).get(0).get("instrument_version_id")).isEqualTo(own.versionId().toString());
        assertThat(instruments.current(fixtures.association(), ScreeningItems.CODE).builtIn())
                .as("other associations keep the built-in").isTrue();
    }

    @Test
    void everyScreeningRouteAnswersNoStoreWhateverTheStatus() {
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        StaffLogin lead = fixtures.teamLead(team);
        StaffLogin admin = fixtures.admin(team.associationId());
        String participant = world.token(p);
        String teamSettings = "/api/teams/" + team.id() + "/screening-settings";
        List<Reply> replies = List.of(
                world.get(client, participant, "/api/participant/screening"),
                world.get(client, participant, "/api/participant/screening/support-material?language=ar"),
                world.answer(client, p, team.associationId(), ScreeningWorld.CALM),
                world.answer(client, p, team.associationId(), ScreeningWorld.CALM),
                world.submit(client, participant, "short", "{}"),
                world.get(client, coach.accessToken(), "/api/participants/" + p.id() + "/screenings"),
                world.get(client, lead.accessToken(), "/api/participants/" + UUID.randomUUID() + "/screenings"),
                world.get(client, coach.accessToken(), "/api/screening/alerts"),
                world.get(client, admin.accessToken(), "/api/screening/alerts"),
                world.get(client, coach.accessToken(), teamSettings),
                world.put(client, lead.accessToken(), teamSettings + "/local-contacts", Map.of("localContacts", "112")),
                world.put(client, lead.accessToken(), teamSettings + "/support-material",
                        Map.of("municipality", "Avesta", "language", "sv", "text", "Kvinnojouren")),
                world.put(client, lead.accessToken(), teamSettings + "/support-material", Map.of("municipality", "")),
                world.exchange(client, io.micronaut.http.HttpRequest.POST("/api/screening/key-rotation", "{}")
                        .bearerAuth(coach.accessToken())));
        assertThat(replies).extracting(Reply::status).contains(200, 201, 400, 403, 404, 422);
        assertThat(replies).allSatisfy(r -> assertThat(r.cacheControl()).as(r.status() + " " + r.body())
                .isEqualTo("no-store"));
    }
}
