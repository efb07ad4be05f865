package se.stegvis.fit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.SessionService;
import se.stegvis.shared.IdempotencyService;
import se.stegvis.support.Api;
import se.stegvis.support.Api.Reply;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class FitHttpTest {
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
    SessionService logins;
    @Inject
    InstrumentService instruments;

    Api api;
    TeamView team;
    StaffLogin coach;
    ParticipantView p;

    @BeforeEach
    void aTeamWithACoachAndAParticipant() {
        api = new Api(client, json);
        team = fixtures.team(fixtures.association());
        coach = fixtures.coach(team);
        p = people.aParticipant().born(1990).enrolledDaysAgo(60).createdIn(team, coach);
    }

    private Reply session(StaffLogin as, String kind, LocalDate heldOn, UUID... participants) {
        return api.post("/api/teams/" + team.id() + "/fit/sessions", Map.of("kind", kind, "heldOn", heldOn.toString(),
                "participantIds", List.of(participants)), as);
    }

    private String sessionId(Reply r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return (String) r.map().get("id");
    }

    private Reply paper(String sessionId, UUID participant, String code, double... items) {
        return paper(sessionId, participant, code, UUID.randomUUID().toString(), items);
    }

    private Reply paper(String sessionId, UUID participant, String code, String key, double... items) {
        var version = instruments.current(team.associationId(), code).definition().items();
        Map<String, Object> answers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < items.length; i++) {
            answers.put(version.get(i).key(), items[i]);
        }
        MutableHttpRequest<?> r = HttpRequest.POST("/api/fit/sessions/" + sessionId + "/ratings",
                Map.of("participantId", participant.toString(), "instrumentCode", code, "answers", answers));
        if (key != null) {
            r.header(IdempotencyService.HEADER, key);
        }
        return api.send(r, coach);
    }

    private Reply asParticipant(MutableHttpRequest<?> request, ParticipantView who) {
        request.bearerAuth(logins.startParticipantSession(who.id()).token());
        try {
            HttpResponse<String> r = client.toBlocking().exchange(request, String.class);
            return new Reply(r.getStatus().getCode(), r.body(), r.body() == null ? null : json.readValue(r.body(), Object.class));
        } catch (HttpClientResponseException e) {
            return new Reply(e.getStatus().getCode(), null, null);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Reply answerOnPhone(ParticipantView who, String code, double... items) {
        var v = instruments.current(team.associationId(), code);
        Map<String, Object> answers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < items.length; i++) {
            answers.put(v.definition().items().get(i).key(), items[i]);
        }
        return asParticipant(HttpRequest.POST("/api/participant/responses",
                        Map.of("versionId", v.versionId().toString(), "answers", answers))
                .header(IdempotencyService.HEADER, UUID.randomUUID().toString()), who);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> trendSession(int index) {
        Reply t = api.get("/api/participants/" + p.id() + "/fit/trend", coach);
        assertThat(t.status()).as(t.body()).isEqualTo(200);
        return ((List<Map<String, Object>>) t.map().get("sessions")).get(index);
    }

    @Test
    void aSessionTodayPutsOrsAndSrsOnTheParticipantsPortalList() {
        sessionId(session(coach, "INDIVIDUAL", people.today(), p.id()));
        Reply due = asParticipant(HttpRequest.GET("/api/participant/due"), p);
        assertThat(due.list()).extracting(d -> d.get("instrumentCode")).contains("ORS", "SRS");
    }

    @Test
    @SuppressWarnings("unchecked")
    void answersFromThePhoneAreLinkedToTheSessionAndShowInTheTrend() {
        String id = sessionId(session(coach, "INDIVIDUAL", people.today(), p.id()));
        assertThat(answerOnPhone(p, "ORS", 4, 5, 6, 5.5).status()).isEqualTo(201);
        assertThat(answerOnPhone(p, "SRS", 9, 9.5, 10, 8).status()).isEqualTo(201);

        Map<String, Object> s = trendSession(0);
        assertThat(s.get("sessionId")).isEqualTo(id);
        assertThat(s.get("number")).isEqualTo(1);
        Map<String, Object> ors = (Map<String, Object>) s.get("ors");
        assertThat(ors.get("total")).isEqualTo(20.5);
        assertThat(ors.get("source")).isEqualTo("PORTAL");
        assertThat((List<Map<String, Object>>) ors.get("items")).extracting(i -> i.get("key"))
                .containsExactly("individually", "interpersonally", "socially", "overall");
        assertThat(((Map<String, Object>) s.get("srs")).get("total")).isEqualTo(36.5);
        assertThat(s.get("cutoff")).isEqualTo(25.0);
        assertThat(s.get("orsBelowCutoff")).isEqualTo(true);
        assertThat((List<String>) s.get("alerts")).containsExactly("LOW_SRS"); // an item below 9
        Reply attendees = api.get("/api/fit/sessions/" + id, coach);
        assertThat((List<Map<String, Object>>) attendees.map().get("attendees")).singleElement()
                .satisfies(a -> assertThat(a).containsEntry("orsGiven", true).containsEntry("srsGiven", true));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCoachEntersPaperRatingsMarkedAsPaperOncePerKeyAndOncePerSession() {
        String id = sessionId(session(coach, "INDIVIDUAL", people.today().minusDays(3), p.id()));
        String key = UUID.randomUUID().toString();
        Reply first = paper(id, p.id(), "ORS", key, 6, 6, 6, 6);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.map()).containsEntry("source", "PAPER").containsEntry("total", 24.0);
        assertThat(paper(id, p.id(), "ORS", key, 6, 6, 6, 6).body()).isEqualTo(first.body());
        assertThat(paper(id, p.id(), "ORS", 7, 7, 7, 7).status()).isEqualTo(409);
        assertThat(paper(id, p.id(), "SRS_GROUP", 9, 9, 9, 9).map().toString()).contains("instrumentCode");
        assertThat(paper(id, p.id(), "SRS", null, 9, 9, 9, 9).status()).isEqualTo(400);
        ParticipantView absent = people.aParticipant().enrolledDaysAgo(30).createdIn(team, coach);
        Reply notThere = paper(id, absent.id(), "SRS", 9, 9, 9, 9);
        assertThat(notThere.status()).isEqualTo(422);
        assertThat(notThere.body()).contains("participantId");
        assertThat((Map<String, Object>) trendSession(0).get("ors")).containsEntry("source", "PAPER");
        Reply audit = api.get("/api/teams/" + team.id() + "/audit", fixtures.teamLead(team));
        assertThat(audit.list()).anySatisfy(a -> assertThat(a).containsEntry("action", "FIT_RATING_ENTERED")
                .containsEntry("participantId", p.id().toString()));
    }

    private List<Map<String, Object>> dueItems(ParticipantView who, String code) {
        Reply list = api.get("/api/participants/" + who.id() + "/due", coach);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.list().stream().filter(i -> code.equals(i.get("instrumentCode"))).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOrsAnsweredForTodaysSessionClosesTheSessionsItemAndAnOverdueQuarterlyOneSoItIsNotAskedAgain() {
        ParticipantView q = people.aParticipant().enrolledDaysAgo(100).createdIn(team, coach);
        String today = people.today().toString();
        assertThat(dueItems(q, "ORS")).as("the quarterly ORS is overdue")
                .anySatisfy(i -> assertThat(LocalDate.parse((String) i.get("dueDate"))).isBefore(people.today()));
        String id = sessionId(session(coach, "INDIVIDUAL", people.today(), q.id()));
        assertThat(dueItems(q, "ORS")).anySatisfy(i -> assertThat(i).containsEntry("dueDate", today));

        assertThat(answerOnPhone(q, "ORS", 6, 6, 6, 6).status()).isEqualTo(201);

        assertThat(dueItems(q, "ORS")).as("nothing open up to today")
                .filteredOn(i -> !LocalDate.parse((String) i.get("dueDate")).isAfter(people.today()))
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(i -> assertThat(i).containsEntry("answered", true).containsEntry("answeredOn", today));
        Reply portal = asParticipant(HttpRequest.GET("/api/participant/due"), q);
        assertThat(portal.list()).extracting(d -> d.get("instrumentCode")).doesNotContain("ORS").contains("SRS");
        Reply attendees = api.get("/api/fit/sessions/" + id, coach);
        assertThat((List<Map<String, Object>>) attendees.map().get("attendees")).singleElement()
                .satisfies(a -> assertThat(a).containsEntry("orsGiven", true).containsEntry("srsGiven", false));
    }

    @Test
    void aPaperOrsClosesThatSessionsItemOnlyNotTheOverdueQuarterlyOne() {
        ParticipantView q = people.aParticipant().enrolledDaysAgo(100).createdIn(team, coach);
        String today = people.today().toString();
        String id = sessionId(session(coach, "INDIVIDUAL", people.today(), q.id()));

        Reply paper = paper(id, q.id(), "ORS", 6, 6, 6, 6);
        assertThat(paper.status()).as(paper.body()).isEqualTo(201);

        List<Map<String, Object>> ors = dueItems(q, "ORS");
        assertThat(ors).filteredOn(i -> today.equals(i.get("dueDate"))).singleElement()
                .satisfies(i -> assertThat(i).containsEntry("answered", true).containsEntry("answeredOn", today));
        assertThat(ors).filteredOn(i -> LocalDate.parse((String) i.get("dueDate")).isBefore(people.today()))
                .isNotEmpty().allSatisfy(i -> assertThat(i).containsEntry("answered", false));
    }

    @Test
    void theSessionCodeOpensOrsThenSrsForAnAttendeeOnTheDayAndNothingForOthers() {
        Reply created = session(coach, "INDIVIDUAL", people.today(), p.id());
        String code = (String) created.map().get("code");
        assertThat(code).matches("[" + se.stegvis.fit.SessionService.CODE_ALPHABET + "]{6}");
        String path = "/api/participant/fit/sessions/" + code.toLowerCase();
        assertThat(asParticipant(HttpRequest.GET(path), p).map()).containsEntry("next", "ORS")
                .containsEntry("sessionId", created.map().get("id"));
        answerOnPhone(p, "ORS", 5, 5, 5, 5);
        assertThat(asParticipant(HttpRequest.GET(path), p).map()).containsEntry("next", "SRS");
        answerOnPhone(p, "SRS", 9, 9, 9, 9);
        assertThat(asParticipant(HttpRequest.GET(path), p).map()).doesNotContainKey("next").containsKey("sessionId");
        ParticipantView other = people.aParticipant().enrolledDaysAgo(30).createdIn(team, coach);
        assertThat(asParticipant(HttpRequest.GET(path), other).status()).isEqualTo(404);
        assertThat(asParticipant(HttpRequest.GET("/api/participant/fit/sessions/AAAAAA"), p).status()).isEqualTo(404);
        Reply past = session(coach, "INDIVIDUAL", people.today().minusDays(1), p.id());
        assertThat(asParticipant(HttpRequest.GET("/api/participant/fit/sessions/" + past.map().get("code")), p).status())
                .isEqualTo(404);
    }

    @Test
    void aSessionForAnotherTeamsParticipantIsRefusedAndAnIndividualSessionHasOneParticipant() {
        TeamView other = fixtures.team(team.associationId());
        ParticipantView stranger = people.aParticipant().enrolledDaysAgo(30).createdIn(other, fixtures.coach(other));
        assertThat(session(coach, "INDIVIDUAL", people.today(), stranger.id()).status()).isEqualTo(404);
        ParticipantView second = people.aParticipant().enrolledDaysAgo(30).createdIn(team, coach);
        Reply two = session(coach, "INDIVIDUAL", people.today(), p.id(), second.id());
        assertThat(two.status()).isEqualTo(422);
        assertThat(two.body()).contains("participantIds");
        assertThat(session(coach, "INDIVIDUAL", people.today().plusDays(200), p.id()).body()).contains("heldOn");
    }

    @Test
    @SuppressWarnings("unchecked")
    void lowSrsAlertsReachOnlyTheParticipantsOwnCoachAndCloseWithANote() {
        String id = sessionId(session(coach, "INDIVIDUAL", people.today().minusDays(1), p.id()));
        paper(id, p.id(), "ORS", 5, 5, 5, 5);
        paper(id, p.id(), "SRS", 8, 8, 9, 9);
        StaffLogin colleague = fixtures.coach(team);
        assertThat(api.get("/api/fit/alerts", colleague).list()).isEmpty();
        List<Map<String, Object>> mine = api.get("/api/fit/alerts", coach).list();
        assertThat(mine).singleElement().satisfies(a -> {
            assertThat(a).containsEntry("kind", "LOW_SRS").containsEntry("participantId", p.id().toString())
                    .containsEntry("sessionId", id);
            assertThat((String) a.get("detail")).contains("total=34.0").contains("item=8.0");
        });
        assertThat(api.get("/api/teams/" + team.id() + "/fit/alerts", fixtures.teamLead(team)).list()).hasSize(1);
        String alertId = (String) mine.get(0).get("id");

        assertThat(api.post("/api/fit/alerts/" + alertId + "/acknowledgement", Map.of("note", " "), coach).body())
                .contains("note");
        TeamView other = fixtures.team(team.associationId());
        assertThat(api.post("/api/fit/alerts/" + alertId + "/acknowledgement", Map.of("note", "Pratade"),
                fixtures.coach(other)).status()).isEqualTo(404);
        assertThat(api.post("/api/fit/alerts/" + alertId + "/acknowledgement",
                Map.of("note", "Pratade om upplägget, byter till promenadsamtal"), coach).status()).isEqualTo(204);
        assertThat(api.get("/api/fit/alerts", coach).list()).isEmpty();
        List<Map<String, Object>> audit = api.get("/api/teams/" + team.id() + "/audit", fixtures.teamLead(team)).list();
        assertThat(audit).extracting(a -> a.get("action")).contains("FIT_ALERTS_READ", "FIT_ALERT_ACKNOWLEDGED");
    }

    @Test
    void aRecentSessionWithoutRatingsShowsAsMissingOnTheAlertList() {
        String id = sessionId(session(coach, "INDIVIDUAL", people.today().minusDays(2), p.id()));
        assertThat(api.get("/api/fit/alerts", coach).list()).singleElement().satisfies(a -> {
            assertThat(a).containsEntry("kind", "MISSING_RATINGS").containsEntry("sessionId", id);
            assertThat(a.get("detail")).isEqualTo("missing=ORS,SRS");
        });
        assertThat(api.get("/api/fit/alerts", coach).list()).hasSize(1);
    }

    @Test
    void teamLeadsChangeTheTeamsThresholdsCoachesOnlyReadThem() {
        Reply defaults = api.get("/api/teams/" + team.id() + "/fit/settings", coach);
        assertThat(defaults.map()).containsEntry("cutoffAdult", 25.0).containsEntry("reliableChange", 5.0)
                .containsEntry("atCutoffCountsAsBelow", false).containsEntry("noChangeAfterSessions", 6);
        Map<String, Object> changed = new java.util.LinkedHashMap<>(defaults.map());
        changed.put("atCutoffCountsAsBelow", true);
        changed.put("srsTotalAlertBelow", 34.0);
        Reply byCoach = api.put("/api/teams/" + team.id() + "/fit/settings", changed, coach);
        assertThat(byCoach.status()).as(byCoach.body()).isEqualTo(403);
        Reply put = api.put("/api/teams/" + team.id() + "/fit/settings", changed, fixtures.teamLead(team));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(api.get("/api/teams/" + team.id() + "/fit/settings", coach).map())
                .containsEntry("atCutoffCountsAsBelow", true).containsEntry("srsTotalAlertBelow", 34.0);
        changed.put("reliableChange", 0);
        Reply bad = api.put("/api/teams/" + team.id() + "/fit/settings", changed, fixtures.teamLead(team));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("reliableChange");
    }

    @Test
    void aRoleThatMayNotChangeSettingsGets403LikeForScreeningSettingsAndAnotherTeamOrAssociation404() {
        Map<String, Object> changed = new java.util.LinkedHashMap<>(
                api.get("/api/teams/" + team.id() + "/fit/settings", coach).map());
        changed.put("srsTotalAlertBelow", 33.0);
        String fit = "/api/teams/" + team.id() + "/fit/settings";
        String screening = "/api/teams/" + team.id() + "/screening-settings/local-contacts";

        // Not a role that changes team settings: 403, the same as for the screening settings.
        for (StaffLogin who : List.of(coach, fixtures.coordinator(team.associationId()))) {
            Reply r = api.put(fit, changed, who);
            assertThat(r.status()).as(who.staff().role() + " " + r.body()).isEqualTo(403);
            assertThat(api.put(screening, Map.of("localContacts", "x"), who).status()).isEqualTo(r.status());
        }
        // A role that may, for a team it does not reach: 404, existence not revealed.
        assertThat(api.put(fit, changed, fixtures.teamLead(fixtures.team(team.associationId()))).status())
                .isEqualTo(404);
        assertThat(api.put(fit, changed, fixtures.admin(fixtures.association())).status()).isEqualTo(404);
        // And for its own: 200.
        Reply byAdmin = api.put(fit, changed, fixtures.admin(team.associationId()));
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(200);
        assertThat(byAdmin.map()).containsEntry("srsTotalAlertBelow", 33.0);
    }

    @Test
    void aGroupLeaderSeesAverageAndSpreadOnlyFromThreeAnswers() {
        ParticipantView b = people.aParticipant().enrolledDaysAgo(30).createdIn(team, coach);
        ParticipantView c = people.aParticipant().enrolledDaysAgo(30).createdIn(team, coach);
        String id = sessionId(session(coach, "GROUP", people.today(), p.id(), b.id(), c.id()));
        assertThat(answerOnPhone(p, "SRS_GROUP", 9, 9, 9, 9).status()).isEqualTo(201);
        assertThat(answerOnPhone(b, "SRS_GROUP", 7, 8, 7, 8).status()).isEqualTo(201);
        Reply two = api.get("/api/fit/sessions/" + id + "/group-summary", coach);
        assertThat(two.map()).containsEntry("answers", 2).containsEntry("attendees", 3).containsEntry("shown", false);
        assertThat(two.map().get("mean")).isNull();
        assertThat(answerOnPhone(c, "SRS_GROUP", 10, 10, 10, 10).status()).isEqualTo(201);
        Reply three = api.get("/api/fit/sessions/" + id + "/group-summary", coach);
        assertThat(three.map()).containsEntry("shown", true).containsEntry("mean", 35.3).containsEntry("min", 30.0)
                .containsEntry("max", 40.0).containsEntry("belowAlert", 1);
    }

    @Test
    void theChartIsAnSvgImageWithTitleAndTheParticipantsSessions() throws Exception {
        String id = sessionId(session(coach, "INDIVIDUAL", people.today().minusDays(7), p.id()));
        paper(id, p.id(), "ORS", 4, 4, 4, 4);
        String id2 = sessionId(session(coach, "INDIVIDUAL", people.today(), p.id()));
        paper(id2, p.id(), "ORS", 6, 6, 6, 6);
        HttpResponse<String> r = client.toBlocking().exchange(HttpRequest.GET("/api/participants/" + p.id() + "/fit/chart")
                .bearerAuth(coach.accessToken()).header("Accept-Language", "en"), String.class);
        assertThat(r.getContentType().orElseThrow().toString()).startsWith("image/svg+xml");
        assertThat(r.getHeaders().get("Cache-Control")).isEqualTo("no-store");
        Document svg = ChartSvgTest.parse(r.body());
        assertThat(svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent())
                .isEqualTo("2 sessions. First ORS 16.0, latest 24.0: reliably improved.");
        assertThat(ChartSvgTest.byClass(svg, "circle", "ors-point")).hasSize(2);
        assertThat(ChartSvgTest.byClass(svg, "rect", "no-change-band")).hasSize(1);
    }
}
