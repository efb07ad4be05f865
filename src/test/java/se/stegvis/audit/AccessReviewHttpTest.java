package se.stegvis.audit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
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
import se.stegvis.security.SubjectKind;
import se.stegvis.shared.TimeFactory;
import se.stegvis.shared.Times;
import se.stegvis.support.Api;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.nio.charset.StandardCharsets;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access review through HTTP against the real database: crafted audit trails (rows written as the
 * application writes them, at chosen times), the flag, filters and their problems, the CSV export and who may
 * call each route.
 */
@MicronautTest(transactional = false)
class AccessReviewHttpTest {
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
    AuditBatchRepository trail;
    @Inject
    AuditRepository auditRows;
    @Inject
    SessionService sessions;
    @Inject
    Clock clock;
    @Inject
    TransactionOperations<Connection> tx;

    private Api api;
    private TeamView team;
    private StaffLogin coach;
    private StaffLogin colleague;
    private StaffLogin lead;
    private StaffLogin dpo;
    /** The coach's own caseload (they created them). */
    private List<ParticipantView> own;
    /** The colleague's caseload: outside the coach's. */
    private List<ParticipantView> others;
    private LocalDate today;

    @BeforeEach
    void world() {
        api = new Api(client, json);
        team = fixtures.team(fixtures.association());
        coach = fixtures.coach(team);
        colleague = fixtures.coach(team);
        lead = fixtures.teamLead(team);
        dpo = fixtures.dataProtectionOfficer(team.associationId());
        own = IntStream.range(0, 2).mapToObj(i -> people.aParticipant().named("Egen Ö" + i).createdBy(coach)).toList();
        others = IntStream.range(0, 6).mapToObj(i -> people.aParticipant().named("Annan Å" + i).createdBy(colleague))
                .toList();
        today = Times.today(clock);
    }

    /** Crafted audit rows, as AuditService writes them: one per participant, at a Swedish time on a day. */
    private void reads(StaffLogin who, String action, List<ParticipantView> whom, LocalDate day, int hour) {
        LocalDateTime at = day.atTime(hour, 0).atZone(TimeFactory.SWEDEN).withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
        insert(whom.stream().map(p -> new AuditEvent(null, at, SubjectKind.STAFF, who.id(), action,
                team.id(), p.id(), null)).toList());
    }

    private void insert(List<AuditEvent> rows) {
        tx.executeWrite(status -> {
            trail.insertAll(rows);
            return null;
        });
    }

    private String teamPath(String suffix) {
        return "/api/teams/" + team.id() + "/access-review" + suffix;
    }

    private String associationPath(String suffix) {
        return "/api/associations/" + team.associationId() + "/access-review" + suffix;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Api.Reply reply, String key) {
        return (List<Map<String, Object>>) reply.map().get(key);
    }

    private Map<String, Object> tallyOf(Api.Reply flags, StaffLogin who) {
        return list(flags, "staff").stream().filter(s -> s.get("staffId").equals(who.id().toString())).findFirst()
                .orElseThrow(() -> new AssertionError("no tally for " + who.id() + " in " + flags.body()));
    }

    @Test
    void unusualAccessFlagFiresOnACraftedTrail() {
        LocalDate monday = today.minusDays(3);
        reads(coach, "PARTICIPANT_READ", own, monday.minusDays(1), 9);
        reads(coach, "PARTICIPANT_READ", others, monday, 10);
        reads(colleague, "PARTICIPANT_READ", others, monday, 11);
        reads(lead, "RESPONSES_READ", others.subList(0, 5), monday, 12);

        Api.Reply flags = api.get(teamPath("/flags?from=" + monday.minusDays(1) + "&to=" + monday), lead);

        assertThat(flags.status()).isEqualTo(200);
        assertThat(flags.map()).containsEntry("outsideCaseloadPerDayThreshold", 5)
                .containsEntry("from", monday.minusDays(1).toString()).containsEntry("to", monday.toString());
        Map<String, Object> flagged = tallyOf(flags, coach);
        assertThat(flagged).containsEntry("flagged", true).containsEntry("participantsOpened", 8)
                .containsEntry("outsideCaseload", 6).containsEntry("staffRole", "COACH");
        assertThat((List<?>) flagged.get("flaggedDays")).singleElement()
                .isEqualTo(Map.of("day", monday.toString(), "outsideCaseload", 6, "participantsOpened", 6));
        assertThat((String) flagged.get("reason")).contains("6 deltagare").contains(monday.toString());
        assertThat(tallyOf(flags, colleague)).as("the colleague read their own caseload")
                .containsEntry("flagged", false).containsEntry("outsideCaseload", 0);
        assertThat(tallyOf(flags, lead)).as("five outside the caseload is the threshold itself, not above it")
                .containsEntry("flagged", false).containsEntry("outsideCaseload", 5).containsEntry("reason", null);
        assertThat(list(flags, "staff").get(0)).containsEntry("staffId", coach.id().toString());
    }

    @Test
    void theOwnCaseloadDayAloneRaisesNoFlag() {
        reads(coach, "PARTICIPANT_READ", own, today.minusDays(1), 9);

        Api.Reply flags = api.get(teamPath("/flags"), dpo);

        assertThat(tallyOf(flags, coach)).containsEntry("flagged", false).containsEntry("participantsOpened", 2)
                .containsEntry("outsideCaseload", 0);
    }

    @Test
    void listReadsAreReviewedButDoNotCountForTheFlag() {
        reads(coach, "PARTICIPANT_LISTED", others, today, 9);

        Api.Reply page = api.get(teamPath(""), lead);
        Api.Reply flags = api.get(teamPath("/flags"), lead);

        assertThat(list(page, "reads")).hasSize(6).allSatisfy(r -> assertThat(r)
                .containsEntry("action", "PARTICIPANT_LISTED").containsEntry("outsideCaseload", true));
        assertThat(list(flags, "staff")).noneMatch(s -> s.get("staffId").equals(coach.id().toString()));
    }

    @Test
    void teamLeadSeesReadsNewestFirstWithNamesAndPages() {
        reads(colleague, "SCREENING_READ", others.subList(0, 2), today.minusDays(2), 10);
        api.get("/api/participants/" + own.get(0).id(), coach);

        Api.Reply first = api.get(teamPath("?limit=2"), lead);
        Api.Reply second = api.get(teamPath("?limit=2&before=" + first.map().get("nextBefore")), lead);

        assertThat(list(first, "reads")).hasSize(2);
        assertThat(list(first, "reads").get(0)).containsEntry("action", "PARTICIPANT_READ")
                .containsEntry("staffId", coach.id().toString()).containsEntry("staffName", coach.staff().displayName())
                .containsEntry("participantName", "Egen Ö0").containsEntry("outsideCaseload", false)
                .containsEntry("teamName", team.name());
        assertThat(list(first, "reads").get(1)).containsEntry("action", "SCREENING_READ")
                .containsEntry("staffRole", "COACH");
        assertThat(list(second, "reads")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("action", "SCREENING_READ").containsEntry("participantName", "Annan Å0")
                .containsEntry("outsideCaseload", false));
        assertThat(second.map()).containsEntry("nextBefore", null);
    }

    @Test
    void theAssociationReviewPagesAcrossTeamsNewestFirstWithRowsOfTheSameSecond() {
        TeamView sister = fixtures.team(team.associationId());
        StaffLogin sisterCoach = fixtures.coach(sister);
        reads(coach, "PARTICIPANT_LISTED", others, today.minusDays(3), 9);
        LocalDateTime at = today.minusDays(2).atTime(9, 0).atZone(TimeFactory.SWEDEN).withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
        insert(IntStream.range(0, 3).mapToObj(i -> new AuditEvent(null, at, SubjectKind.STAFF, sisterCoach.id(),
                "PARTICIPANT_LISTED", sister.id(), UUID.randomUUID(), null)).toList());
        reads(coach, "PARTICIPANT_READ", own, today.minusDays(4), 9);

        List<Object> seen = new java.util.ArrayList<>();
        Object before = null;
        do {
            Api.Reply page = api.get(associationPath("?limit=4" + (before == null ? "" : "&before=" + before)), dpo);
            list(page, "reads").forEach(r -> seen.add(r.get("at") + " " + r.get("teamId") + " " + r.get("action")));
            before = page.map().get("nextBefore");
        } while (before != null);

        assertThat(seen).hasSize(11).isSortedAccordingTo(java.util.Comparator.comparing(o -> o.toString().substring(0, 20),
                java.util.Comparator.reverseOrder()));
        assertThat(seen.subList(0, 3)).allSatisfy(s -> assertThat(s.toString()).contains(sister.id().toString()));
        assertThat(seen.subList(9, 11)).allSatisfy(s -> assertThat(s.toString()).endsWith("PARTICIPANT_READ"));
    }

    @Test
    void participantsOwnReadsAndChangesAreNotInTheReview() {
        insert(List.of(new AuditEvent(null, Times.nowUtc(clock), SubjectKind.PARTICIPANT, own.get(1).id(),
                        "PARTICIPANT_SELF_READ", team.id(), own.get(1).id(), null),
                new AuditEvent(null, Times.nowUtc(clock), SubjectKind.STAFF, coach.id(), "PARTICIPANT_UPDATED",
                        team.id(), own.get(0).id(), null)));

        assertThat(list(api.get(teamPath(""), lead), "reads")).isEmpty();
    }

    @Test
    void filtersByStaffMemberAndPeriod() {
        reads(coach, "PARTICIPANT_READ", own, today.minusDays(10), 10);
        reads(coach, "FIT_TREND_READ", own.subList(0, 1), today.minusDays(2), 10);
        reads(colleague, "PARTICIPANT_READ", others.subList(0, 1), today.minusDays(2), 10);

        Api.Reply byStaff = api.get(teamPath("?staffId=" + coach.id()), lead);
        Api.Reply byPeriod = api.get(teamPath("?from=" + today.minusDays(3) + "&to=" + today.minusDays(2)), lead);
        Api.Reply both = api.get(teamPath("?staffId=" + coach.id() + "&to=" + today.minusDays(5)), lead);

        assertThat(list(byStaff, "reads")).hasSize(3).allSatisfy(r -> assertThat(r).containsEntry("staffId", coach.id().toString()));
        assertThat(list(byPeriod, "reads")).extracting(r -> r.get("action"))
                .containsExactlyInAnyOrder("FIT_TREND_READ", "PARTICIPANT_READ");
        assertThat(list(both, "reads")).hasSize(2).allSatisfy(r -> assertThat(r).containsEntry("action", "PARTICIPANT_READ"));
    }

    @Test
    void dataProtectionOfficerSeesParticipantIdsButNoNamesInEveryTeamOfTheAssociation() {
        TeamView sister = fixtures.team(team.associationId());
        StaffLogin sisterCoach = fixtures.coach(sister);
        ParticipantView there = people.aParticipant().named("Syster Ä").createdBy(sisterCoach);
        reads(coach, "PARTICIPANT_READ", own.subList(0, 1), today.minusDays(1), 9);
        api.get("/api/participants/" + there.id(), sisterCoach);

        Api.Reply teamReview = api.get(teamPath(""), dpo);
        Api.Reply associationReview = api.get(associationPath(""), dpo);

        assertThat(list(teamReview, "reads")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("participantId", own.get(0).id().toString()).containsEntry("participantName", null));
        assertThat(list(associationReview, "reads")).extracting(r -> r.get("participantId"))
                .containsExactly(there.id().toString(), own.get(0).id().toString());
        assertThat(associationReview.body()).doesNotContain("Syster").doesNotContain("Egen");
    }

    @Test
    void badFiltersAreProblemsInSwedishAndEnglish() {
        StaffLogin stranger = fixtures.coach(fixtures.team(fixtures.association()));
        Api.Reply badDate = api.get(teamPath("?from=2026-13-01"), lead);
        Api.Reply reversed = api.send(HttpRequest.GET(teamPath("?from=2026-03-02&to=2026-03-01"))
                .header("Accept-Language", "en"), lead);
        Api.Reply foreignStaff = api.get(teamPath("?staffId=" + stranger.id()), lead);
        Api.Reply notAnId = api.send(HttpRequest.GET(teamPath("/flags?staffId=anna")).header("Accept-Language", "en"), lead);
        Api.Reply tooLong = api.get(associationPath("/flags?from=2024-01-01&to=2026-01-01"), dpo);

        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.map()).containsEntry("code", "access-review.invalid");
        assertThat(badDate.body()).contains("\"field\":\"from\"").contains("2026-13-01").contains("förstås inte");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.body()).contains("\"field\":\"to\"").contains("must not be before its start");
        assertThat(foreignStaff.status()).isEqualTo(400);
        assertThat(foreignStaff.body()).contains("\"field\":\"staffId\"").contains("ingen sådan medarbetare");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.body()).contains("\"field\":\"staffId\"").contains("no such staff member");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("366");
    }

    @Test
    void problemsAreProblemJson() {
        MutableHttpRequest<?> request = HttpRequest.GET(teamPath("?to=yesterday")).bearerAuth(lead.accessToken());
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                io.micronaut.http.client.exceptions.HttpClientResponseException.class,
                () -> client.toBlocking().exchange(request, String.class));
        assertThat(e.getResponse().getContentType()).hasValueSatisfying(m ->
                assertThat(m.toString()).startsWith("application/problem+json"));
    }

    private HttpResponse<byte[]> csv(String path, StaffLogin who, String language) {
        return client.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(who.accessToken())
                .header("Accept-Language", language), byte[].class);
    }

    @Test
    void exportIsASwedishExcelCsvAndIsAudited() {
        reads(coach, "PARTICIPANT_READ", own, today.minusDays(1), 14);

        HttpResponse<byte[]> response = csv(teamPath(".csv?staffId=" + coach.id()), lead, "sv");

        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.getContentType()).hasValueSatisfying(m -> assertThat(m.toString()).startsWith("text/csv"));
        assertThat(response.header("Content-Disposition")).contains("attachment").contains(".csv");
        assertThat(text).startsWith("\uFEFF");
        List<String> lines = text.substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("Tid (svensk tid);Medarbetarens id;Medarbetare;Roll;Team;Deltagarens id;"
                + "Deltagare;Åtgärd;Utanför deltagarlistan");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith(today.minusDays(1) + " 14:00:00;" + coach.id() + ";")
                .contains(";Coach;").contains(";Egen Ö").endsWith(";PARTICIPANT_READ;Nej");
        List<AuditEvent> exported = auditRows.findByTeamIdAndIdLessThanOrderByIdDesc(team.id(), Long.MAX_VALUE,
                io.micronaut.data.model.Pageable.from(0, 5)).stream()
                .filter(e -> e.action().equals(AccessReviewService.EXPORTED)).toList();
        assertThat(exported).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(lead.id());
            assertThat(e.participantId()).isNull();
            assertThat(e.detail()).contains("staff=" + coach.id()).contains("rows=2");
        });
    }

    @Test
    void dataProtectionOfficersExportHasNoNameColumnAndEnglishHeadersWhenAsked() {
        reads(coach, "PARTICIPANT_READ", own.subList(0, 1), today, 8);

        String text = new String(csv(associationPath(".csv"), dpo, "en").body(), StandardCharsets.UTF_8);

        assertThat(text.substring(1).lines().toList()).hasSize(2).first().asString()
                .isEqualTo("Time (Swedish time);Staff id;Staff member;Role;Team;Participant id;Action;Outside caseload");
        assertThat(text).doesNotContain("Egen");
    }

    /** Every access review route, for the access checks. */
    private List<String> routes() {
        return List.of(teamPath(""), teamPath(".csv"), teamPath("/flags"), associationPath(""),
                associationPath(".csv"), associationPath("/flags"));
    }

    @Test
    void teamLeadOfAnotherTeamGets404AndTeamLeadsMayNotReviewTheAssociation() {
        StaffLogin otherLead = fixtures.teamLead(fixtures.team(team.associationId()));

        assertThat(api.get(teamPath(""), otherLead).status()).isEqualTo(404);
        assertThat(api.get(teamPath(".csv"), otherLead).status()).isEqualTo(404);
        assertThat(api.get(teamPath("/flags"), otherLead).status()).isEqualTo(404);
        assertThat(api.get(associationPath(""), lead).status()).isEqualTo(403);
    }

    @Test
    void dataProtectionOfficerOfAnotherAssociationGets404() {
        StaffLogin foreignDpo = fixtures.dataProtectionOfficer(fixtures.association());

        assertThat(routes()).allSatisfy(path -> assertThat(api.get(path, foreignDpo).status()).as(path).isEqualTo(404));
    }

    @Test
    void coachesCoordinatorsAdminsAndParticipantsGet403() {
        StaffLogin coordinator = fixtures.coordinator(team.associationId());
        StaffLogin admin = fixtures.admin(team.associationId());
        String participant = sessions.startParticipantSession(own.get(0).id()).token();

        for (String path : routes()) {
            assertThat(api.get(path, coach).status()).as("coach " + path).isEqualTo(403);
            assertThat(api.get(path, coordinator).status()).as("coordinator " + path).isEqualTo(403);
            assertThat(api.get(path, admin).status()).as("admin " + path).isEqualTo(403);
            assertThat(api.send(HttpRequest.GET(path).bearerAuth(participant), null).status())
                    .as("participant " + path).isEqualTo(403);
        }
    }

    @Test
    void theRightfulCallersGet200() {
        for (String path : routes()) {
            assertThat(csv(path, dpo, "sv").code()).as(path).isEqualTo(200);
        }
        for (String path : routes().subList(0, 3)) {
            assertThat(csv(path, lead, "sv").code()).as(path).isEqualTo(200);
        }
    }

    @Test
    void aDataProtectionOfficerIsCreatedWithoutTeamsAndSeesNoParticipantData() {
        StaffLogin admin = fixtures.admin(team.associationId());
        Map<String, Object> body = Map.of("username", fixtures.unique("dso"), "displayName", "Dana Dataskydd",
                "role", "DATA_PROTECTION_OFFICER", "password", Fixtures.PASSWORD);
        Map<String, Object> withTeam = new java.util.HashMap<>(body);
        withTeam.put("username", fixtures.unique("dso"));
        withTeam.put("teamIds", List.of(team.id()));

        Api.Reply created = api.post("/api/staff", body, admin);
        Api.Reply refused = api.post("/api/staff", withTeam, admin);

        assertThat(created.status()).isEqualTo(201);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"teamIds\"");
        assertThat(api.get("/api/participants/" + own.get(0).id(), dpo).status()).isEqualTo(403);
        assertThat(api.get("/api/teams/" + team.id() + "/participants", dpo).status()).isEqualTo(403);
        assertThat(api.get("/api/teams/" + team.id() + "/audit", dpo).status()).isEqualTo(403);
    }

    @Test
    void aDataProtectionOfficerReadsTheirProfileAndSignsOut() {
        Api.Reply me = api.get("/api/staff/me", dpo);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.map()).containsEntry("role", "DATA_PROTECTION_OFFICER")
                .containsEntry("associationId", team.associationId().toString()).containsEntry("teams", List.of());
        assertThat(api.post("/api/auth/logout", null, dpo).status()).isEqualTo(204);
        assertThat(api.get("/api/staff/me", dpo).status()).isEqualTo(401);
    }

    @Test
    void aDeactivatedStaffMembersReadsCanStillBeReviewed() {
        reads(colleague, "PARTICIPANT_READ", others.subList(0, 1), today, 9);
        StaffLogin admin = fixtures.admin(team.associationId());
        assertThat(api.post("/api/staff/" + colleague.id() + "/deactivate", null, admin).status()).isEqualTo(200);

        Api.Reply reads = api.get(teamPath("?staffId=" + colleague.id()), dpo);

        assertThat(reads.status()).isEqualTo(200);
        assertThat(list(reads, "reads")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("staffName", colleague.staff().displayName()));
    }

    @Test
    void theRandomIdOfNoStaffMemberIsAnUnknownStaffProblem() {
        assertThat(api.get(teamPath("?staffId=" + UUID.randomUUID()), lead).status()).isEqualTo(400);
    }
}
