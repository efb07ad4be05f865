package se.stegvis.security;

import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.fit.AlertService;
import se.stegvis.fit.RatingService;
import se.stegvis.fit.SessionKind;
import se.stegvis.group.GroupFixtures;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.instrument.PrivacyMode;
import se.stegvis.instrument.Scoring;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.shared.IdempotencyService;
import se.stegvis.team.TeamView;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every API route that takes an id and calls it, with a valid request, as people who must
 * not reach that object: a coach and a team lead of another team of the same association, an
 * admin and a data protection officer of another association, and a participant who is someone else. Each must get 403 or 404.
 * The same request by the rightful caller on a fresh world must succeed, so a refusal here is
 * never just a malformed request. A new id route fails this test until it gets a case below.
 */
@MicronautTest(transactional = false)
class CrossTeamAccessMatrixTest {
    @Inject
    Router router;
    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures participants;
    @Inject
    SessionService sessions;
    @Inject
    InstrumentService instruments;
    @Inject
    java.time.Clock clock;
    @Inject
    se.stegvis.fit.SessionService fitSessions;
    @Inject
    RatingService fitRatings;
    @Inject
    AlertService fitAlerts;
    @Inject
    GroupFixtures groups;

    private final HttpClient http = HttpClient.newHttpClient();

    /** The service's day (Sweden), not the JVM's: around midnight UTC they differ. */
    private LocalDate today() {
        return se.stegvis.shared.Times.today(clock);
    }

    /** One team with its people and a participant, the outsiders, and the ids routes refer to. */
    record World(TeamView team, StaffLogin coach, StaffLogin teamLead, StaffLogin admin, ParticipantView participant,
                 StaffLogin otherTeamCoach, StaffLogin otherTeamLead, StaffLogin otherAssociationAdmin,
                 String otherParticipantToken, String instrumentCode, String participantToken, UUID fitSessionId,
                 UUID fitAlertId, String fitSessionCode, GroupFixtures.MatrixIds group, StaffLogin dataProtectionOfficer,
                 StaffLogin otherAssociationDataProtectionOfficer) {
    }

    /**
     * How to call one route: who may, and a valid body built from the world. An association-wide
     * route (instruments) is rightly open to every team of the association, so only the other
     * association's admin and a participant are outsiders there.
     */
    record Case(Function<World, StaffLogin> rightful, Function<World, String> body, boolean associationWide,
                boolean participantRoute) {
        Case(Function<World, StaffLogin> rightful, Function<World, String> body) {
            this(rightful, body, false, false);
        }

        Case(Function<World, StaffLogin> rightful, Function<World, String> body, boolean associationWide) {
            this(rightful, body, associationWide, false);
        }

        /**
         * A participant's own route keyed by an association-wide code (an instrument): staff are
         * outsiders, another participant of the same association rightly gets the same answer.
         */
        static Case participantOwn() {
            return new Case(null, w -> null, true, true);
        }

        /** A participant's own route keyed by an object of their team: staff and other teams' participants are outsiders. */
        static Case participantOfTeam() {
            return new Case(null, w -> null, false, true);
        }

        String rightfulBearer(World w) {
            return participantRoute ? "Bearer " + w.participantToken() : rightful.apply(w).bearer();
        }
    }

    private static final String INSTRUMENT_DEFINITION = "{\"definition\":{\"title\":{\"sv\":\"Veckokoll\","
            + "\"en\":\"Weekly\",\"ar\":\"أسبوعي\"},\"items\":[{\"key\":\"mood\",\"type\":\"VAS_0_10\","
            + "\"required\":true,\"text\":{\"sv\":\"Hur mår du?\",\"en\":\"How are you?\",\"ar\":\"كيف حالك؟\"}}]}}";

    private static final String ACTIVITY = "{\"type\":\"FOREST\",\"title\":{\"sv\":\"Skogsgrupp\"},"
            + "\"place\":\"Skogen\",\"capacity\":6,\"sessions\":[{\"date\":\"2030-05-02\",\"start\":\"10:00\","
            + "\"end\":\"12:00\"}]}";

    /** Erasure takes an exited participant (409 before): in its world the participant has exited. */
    private static final String ERASURE = "POST /api/participants/{participantId}/erasure";

    private static final Map<String, Case> CASES = Map.ofEntries(
            Map.entry("GET /api/teams/{teamId}", new Case(World::coach, w -> null)),
            Map.entry("PUT /api/teams/{teamId}/settings", new Case(World::teamLead, w ->
                    "{\"goalOutcomes\":[\"WORK\",\"STUDIES\"],\"trialPeriodMonths\":3,\"municipalities\":[\"Avesta\"]}")),
            Map.entry("GET /api/teams/{teamId}/audit", new Case(World::teamLead, w -> null)),
            Map.entry("GET /api/teams/{teamId}/access-review", new Case(World::teamLead, w -> null)),
            Map.entry("GET /api/teams/{teamId}/access-review.csv", new Case(World::teamLead, w -> null)),
            Map.entry("GET /api/teams/{teamId}/access-review/flags", new Case(World::teamLead, w -> null)),
            // association-wide for its data protection officers; the other association's people are the outsiders
            Map.entry("GET /api/associations/{associationId}/access-review",
                    new Case(World::dataProtectionOfficer, w -> null)),
            Map.entry("GET /api/associations/{associationId}/access-review.csv",
                    new Case(World::dataProtectionOfficer, w -> null)),
            Map.entry("GET /api/associations/{associationId}/access-review/flags",
                    new Case(World::dataProtectionOfficer, w -> null)),
            Map.entry("GET /api/teams/{teamId}/participants", new Case(World::coach, w -> null)),
            Map.entry("POST /api/teams/{teamId}/participants", new Case(World::coach, w -> participantJson(null))),
            Map.entry("GET /api/participants/{participantId}", new Case(World::coach, w -> null)),
            Map.entry("GET /api/participants/{participantId}/background-history", new Case(World::coach, w -> null)),
            Map.entry("PUT /api/participants/{participantId}", new Case(World::coach,
                    w -> participantJson(w.participant().version()))),
            Map.entry("PUT /api/participants/{participantId}/coaches", new Case(World::coach,
                    w -> "{\"staffIds\":[\"" + w.coach().id() + "\"]}")),
            Map.entry("POST /api/participants/{participantId}/exit", new Case(World::coach,
                    w -> "{\"exitDate\":\"" + w.participant().details().path().enrolmentDate().plusDays(30)
                            + "\",\"outcomes\":[\"WORK\"],\"incomeAfter\":\"SALARY\"}")),
            Map.entry("POST /api/participants/{participantId}/invitations", new Case(World::coach, w -> null)),
            Map.entry("POST /api/participants/{participantId}/sessions/revoke", new Case(World::coach, w -> null)),
            Map.entry("GET /api/participants/{participantId}/due", new Case(World::coach, w -> null)),
            Map.entry("POST /api/participants/{participantId}/due", new Case(World::coach,
                    w -> "{\"instrumentCode\":\"ORS\"}")),
            Map.entry("GET /api/staff/{staffId}", new Case(World::admin, w -> null)),
            Map.entry("PUT /api/staff/{staffId}/teams", new Case(World::admin,
                    w -> "{\"teamIds\":[\"" + w.team().id() + "\"]}")),
            Map.entry("POST /api/staff/{staffId}/deactivate", new Case(World::admin, w -> null)),
            Map.entry("GET /api/instruments/{code}", new Case(World::coach, w -> null, true)),
            Map.entry("GET /api/instruments/{code}/versions/{version}", new Case(World::coach, w -> null, true)),
            Map.entry("PUT /api/instruments/{code}", new Case(World::teamLead, w -> INSTRUMENT_DEFINITION, true)),
            Map.entry("GET /api/participant/instruments/{code}", Case.participantOwn()),
            Map.entry("GET /api/participants/{participantId}/responses", new Case(World::coach, w -> null)),
            Map.entry("GET /api/teams/{teamId}/exit-feedback", new Case(World::teamLead, w -> null)),
            Map.entry("GET /api/teams/{teamId}/due-overview", new Case(World::coach, w -> null)),
            Map.entry("GET /api/teams/{teamId}/anonymous-texts", new Case(World::teamLead, w -> null)),
            Map.entry("GET /api/participants/{participantId}/screenings", new Case(World::coach, w -> null)),
            Map.entry("GET /api/teams/{teamId}/screening-settings", new Case(World::coach, w -> null)),
            Map.entry("PUT /api/teams/{teamId}/screening-settings/local-contacts", new Case(World::teamLead,
                    w -> "{\"localContacts\":\"Socialjouren 0226-64 50 00\"}")),
            Map.entry("PUT /api/teams/{teamId}/screening-settings/support-material", new Case(World::teamLead,
                    w -> "{\"municipality\":\"" + w.team().municipalities().get(0)
                            + "\",\"language\":\"ar\",\"text\":\"مركز الدعم\"}")),
            Map.entry("POST /api/teams/{teamId}/fit/sessions", new Case(World::coach, w -> "{\"kind\":\"INDIVIDUAL\","
                    + "\"heldOn\":\"" + LocalDate.now(se.stegvis.shared.TimeFactory.SWEDEN) + "\",\"participantIds\":[\"" + w.participant().id() + "\"]}")),
            Map.entry("GET /api/teams/{teamId}/fit/sessions", new Case(World::coach, w -> null)),
            Map.entry("GET /api/fit/sessions/{sessionId}", new Case(World::coach, w -> null)),
            // the code is the session's, not association-wide: another participant is an outsider too
            Map.entry("GET /api/participant/fit/sessions/{sessionCode}", new Case(null, w -> null, false, true)),
            Map.entry("POST /api/fit/sessions/{sessionId}/ratings", new Case(World::coach, w -> "{\"participantId\":\""
                    + w.participant().id() + "\",\"instrumentCode\":\"ORS\",\"answers\":{\"individually\":5,"
                    + "\"interpersonally\":5,\"socially\":5,\"overall\":5}}")),
            Map.entry("GET /api/fit/sessions/{sessionId}/group-summary", new Case(World::coach, w -> null)),
            Map.entry("GET /api/participants/{participantId}/fit/trend", new Case(World::coach, w -> null)),
            Map.entry("GET /api/participants/{participantId}/fit/chart", new Case(World::coach, w -> null)),
            Map.entry("GET /api/teams/{teamId}/fit/alerts", new Case(World::teamLead, w -> null)),
            Map.entry("POST /api/fit/alerts/{alertId}/acknowledgement", new Case(World::coach,
                    w -> "{\"note\":\"Pratade om det\"}")),
            Map.entry("GET /api/teams/{teamId}/fit/settings", new Case(World::coach, w -> null)),
            Map.entry("PUT /api/teams/{teamId}/fit/settings", new Case(World::teamLead, w -> "{\"cutoffAdult\":25,"
                    + "\"cutoffYouth\":28,\"cutoffChild\":32,\"atCutoffCountsAsBelow\":true,\"reliableChange\":5,"
                    + "\"srsTotalAlertBelow\":36,\"srsItemAlertBelow\":9,\"srsDropAlert\":1,\"noChangeAfterSessions\":4,"
                    + "\"missingWindowDays\":14,\"trajectoryMinParticipants\":10,\"groupMinAnswers\":3}")),
            Map.entry("POST /api/teams/{teamId}/activities", new Case(World::coach, w -> ACTIVITY)),
            Map.entry("GET /api/teams/{teamId}/activities", new Case(World::coach, w -> null)),
            Map.entry("GET /api/activities/{activityId}", new Case(World::coach, w -> null)),
            Map.entry("PUT /api/activities/{activityId}", new Case(World::coach, w -> ACTIVITY)),
            Map.entry("GET /api/teams/{teamId}/group-rules", new Case(World::coach, w -> null)),
            Map.entry("PUT /api/teams/{teamId}/group-rules", new Case(World::teamLead,
                    w -> "{\"noOverlappingBookings\":true}")),
            Map.entry("PUT /api/activities/{activityId}/sessions/{sessionId}/attendance", new Case(World::coach,
                    w -> "{\"present\":[\"" + w.participant().id() + "\"]}")),
            Map.entry("GET /api/activities/{activityId}/roster", new Case(World::coach, w -> null)),
            Map.entry("GET /api/activities/{activityId}/feedback", new Case(World::coach, w -> null)),
            Map.entry("GET /api/activities/{activityId}/roster.csv", new Case(World::coach, w -> null)),
            Map.entry("GET /api/participants/{participantId}/trial-attendance", new Case(World::coach, w -> null)),
            Map.entry("PUT /api/activities/{activityId}/enrolments/{participantId}", new Case(World::coach, w -> null)),
            Map.entry("DELETE /api/activities/{activityId}/enrolments/{participantId}", new Case(World::coach, w -> null)),
            Map.entry("GET /api/participants/{participantId}/startup-group", new Case(World::coach, w -> null)),
            Map.entry("GET /api/participants/{participantId}/own-copy", new Case(World::coach, w -> null)),
            Map.entry("GET /api/participants/{participantId}/own-copy.html", new Case(World::coach, w -> null)),
            Map.entry("GET /api/teams/{teamId}/group-statistics", new Case(World::coach, w -> null)),
            Map.entry("GET /api/teams/{teamId}/suggestions", new Case(World::coach, w -> null)),
            Map.entry("PUT /api/suggestions/{suggestionId}/handled", new Case(World::coach,
                    w -> "{\"handled\":true}")),
            Map.entry("POST /api/participant/activities/{activityId}/booking", Case.participantOfTeam()),
            Map.entry("DELETE /api/participant/activities/{activityId}/booking", Case.participantOfTeam()),
            Map.entry("GET /api/participant/activities/{activityId}/calendar", Case.participantOfTeam()),
            Map.entry("POST /api/participant/group-promotions/{activityId}/seen", Case.participantOfTeam()),
            Map.entry("POST /api/teams/{teamId}/proposals", new Case(World::coach,
                    w -> "{\"type\":\"SOCIAL\",\"title\":{\"sv\":\"Bowling\"},\"threshold\":5}")),
            Map.entry("GET /api/teams/{teamId}/proposals", new Case(World::coach, w -> null)),
            Map.entry("POST /api/proposals/{proposalId}/activity", new Case(World::coach, w -> ACTIVITY)),
            Map.entry("PUT /api/participant/proposals/{proposalId}/interest", Case.participantOfTeam()),
            Map.entry("DELETE /api/participant/proposals/{proposalId}/interest", Case.participantOfTeam()),
            // the team ids are in the query: a team lead of another team asking for this team gets 404
            Map.entry("GET /api/reports", new Case(World::teamLead, w -> null)),
            Map.entry("GET /api/teams/{teamId}/targets/{year}", new Case(World::teamLead, w -> null)),
            Map.entry("PUT /api/teams/{teamId}/targets/{year}", new Case(World::teamLead,
                    w -> "{\"targets\":[{\"kind\":\"NEW_PARTICIPANTS\",\"target\":20}]}")),
            Map.entry("GET /api/associations/{associationId}/report-settings", new Case(World::admin, w -> null)),
            Map.entry("PUT /api/associations/{associationId}/report-settings", new Case(World::admin,
                    w -> "{\"threshold\":5,\"ageBands\":[16,25,35,45,55],"
                            + "\"verdicts\":{\"veryGood\":1.1,\"good\":1.0,\"acceptable\":0.85}}")),
            Map.entry("GET /api/associations/{associationId}/retention", new Case(World::admin, w -> null)),
            Map.entry("PUT /api/associations/{associationId}/retention", new Case(World::admin,
                    w -> "{\"identifiedMonthsAfterExit\":24,\"auditMonths\":60}")),
            Map.entry("POST /api/associations/{associationId}/retention/run", new Case(World::admin, w -> null)),
            Map.entry(ERASURE, new Case(World::teamLead, w -> "{\"reason\":\"Begäran om radering\"}")));

    /** Required query parameters of routes that have some, appended to the path. */
    private static final Map<String, String> QUERIES = Map.of(
            "GET /api/teams/{teamId}/anonymous-texts", "?instrumentCode=INDICATOR_START",
            "GET /api/reports", "?teams={teamId}&period=2025&format=csv");

    /** Query parameters that carry ids: a route taking one of them is an id route too. */
    private static final List<String> ID_QUERY_PARAMETERS = List.of("teams");

    @Test
    void everyIdRouteRefusesOtherTeamsOtherAssociationsAndOtherParticipants() throws Exception {
        List<String> idRoutes = idRoutes();
        assertThat(idRoutes).as("API routes that take an id").isNotEmpty();
        assertThat(CASES.keySet()).as("every id route needs a case in this test").containsAll(idRoutes);
        assertThat(idRoutes).as("a route with team ids in its query is an id route").contains("GET /api/reports");

        List<String> leaks = new ArrayList<>();
        List<String> invalidCases = new ArrayList<>();
        for (String route : idRoutes) {
            Case c = CASES.get(route);
            World w = world();
            if (route.equals(ERASURE)) {
                participants.exit(w.coach(), w.participant().id(), today(), se.stegvis.participant.Outcome.WORK);
            }
            Map<String, String> outsiders = Map.of(
                    "coach of another team", w.otherTeamCoach().bearer(),
                    "team lead of another team", w.otherTeamLead().bearer(),
                    "admin of another association", w.otherAssociationAdmin().bearer(),
                    "data protection officer of another association", w.otherAssociationDataProtectionOfficer().bearer(),
                    "another participant", "Bearer " + w.otherParticipantToken());
            for (var outsider : outsiders.entrySet()) {
                if (c.associationWide() && outsider.getKey().contains("another team")) {
                    continue;
                }
                if (c.participantRoute() && c.associationWide() && outsider.getKey().equals("another participant")) {
                    continue;
                }
                int status = call(route, w, c.body().apply(w), outsider.getValue());
                if (status != 403 && status != 404) {
                    leaks.add(route + " as " + outsider.getKey() + " answered " + status);
                }
            }
            int rightful = call(route, w, c.body().apply(w), c.rightfulBearer(w));
            if (rightful < 200 || rightful > 299) {
                invalidCases.add(route + " by its rightful caller answered " + rightful);
            }
        }
        assertThat(leaks).as("routes that let an outsider through").isEmpty();
        assertThat(invalidCases).as("cases whose request is refused even for the rightful caller").isEmpty();
    }

    private World world() {
        TeamView team = fixtures.team(fixtures.association());
        TeamView otherTeam = fixtures.team(team.associationId());
        StaffLogin coach = fixtures.coach(team);
        ParticipantView p = participants.aParticipant().enrolledDaysAgo(60).createdIn(team, coach);
        StaffLogin otherCoach = fixtures.coach(otherTeam);
        ParticipantView someoneElse = participants.aParticipant().createdIn(otherTeam, otherCoach);
        String instrumentCode = "MATRIX_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        var ownInstrument = instruments.current(team.associationId(), "ORS").definition();
        instruments.create(team.associationId(), instrumentCode, PrivacyMode.IDENTIFIED, Scoring.SUM, ownInstrument, null);
        Actor coachActor = ParticipantFixtures.actor(coach);
        UUID fitSession = fitSessions.record(coachActor, team.id(), new se.stegvis.fit.SessionService.NewSession(
                SessionKind.INDIVIDUAL, today().minusDays(1), null, List.of(p.id()), null)).id();
        String todaysCode = fitSessions.record(coachActor, team.id(), new se.stegvis.fit.SessionService.NewSession(
                SessionKind.INDIVIDUAL, today(), null, List.of(p.id()), null)).code();
        fitRatings.enterPaper(coachActor, UUID.randomUUID().toString(), "srs", fitSession, p.id(), "SRS",
                Map.of("relationship", 5, "goals_and_topics", 5, "approach", 5, "overall", 5),
                r -> new IdempotencyService.StoredResponse(201, "{}"));
        UUID alert = fitAlerts.own(coachActor).get(0).id();
        return new World(team, coach, fixtures.teamLead(team), fixtures.admin(team.associationId()), p,
                otherCoach, fixtures.teamLead(otherTeam), fixtures.admin(fixtures.association()),
                sessions.startParticipantSession(someoneElse.id()).token(), instrumentCode,
                sessions.startParticipantSession(p.id()).token(), fitSession, alert, todaysCode, groups.matrix(coach, p),
                fixtures.dataProtectionOfficer(team.associationId()), fixtures.dataProtectionOfficer(fixtures.association()));
    }

    private int call(String route, World w, String body, String bearer) throws IOException, InterruptedException {
        String[] parts = route.split(" ", 2);
        String path = (parts[1] + QUERIES.getOrDefault(route, "")).replace("{teamId}", w.team().id().toString())
                .replace("{participantId}", w.participant().id().toString())
                .replace("{staffId}", w.coach().id().toString())
                .replace("{code}", w.instrumentCode()).replace("{version}", "1")
                // {sessionId} is a FIT meeting under /fit/, a group activity's session elsewhere
                .replace("{sessionId}", route.contains("/fit/") ? w.fitSessionId().toString()
                        : w.group().sessionId().toString())
                .replace("{alertId}", w.fitAlertId().toString())
                .replace("{sessionCode}", w.fitSessionCode())
                .replace("{activityId}", w.group().activityId().toString())
                .replace("{suggestionId}", w.group().suggestionId().toString())
                .replace("{proposalId}", w.group().proposalId().toString())
                .replace("{associationId}", w.team().associationId().toString())
                .replace("{year}", "2026");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", bearer).header("Content-Type", "application/json")
                .header(IdempotencyService.HEADER, UUID.randomUUID().toString());
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        b.method(parts[0], parts[0].equals("GET") ? HttpRequest.BodyPublishers.noBody() : publisher);
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private List<String> idRoutes() {
        TreeSet<String> routes = new TreeSet<>();
        router.uriRoutes().map(r -> (UriRouteInfo<?, ?>) r)
                .filter(r -> r.getUriMatchTemplate().toString().startsWith("/api/"))
                .filter(r -> takesAnId(r.getUriMatchTemplate().toString()))
                .filter(r -> r.getHttpMethod() != HttpMethod.HEAD && r.getHttpMethod() != HttpMethod.OPTIONS)
                .forEach(r -> routes.add(r.getHttpMethod() + " " + stripQuery(r.getUriMatchTemplate().toString())));
        return List.copyOf(routes);
    }

    private static boolean takesAnId(String template) {
        int q = template.indexOf("{?");
        String query = q < 0 ? "" : template.substring(q + 2, template.length() - 1);
        return stripQuery(template).contains("{")
                || java.util.Arrays.stream(query.split(",")).anyMatch(ID_QUERY_PARAMETERS::contains);
    }

    private static String stripQuery(String template) {
        int q = template.indexOf("{?");
        return q < 0 ? template : template.substring(0, q);
    }

    private static String participantJson(Integer version) {
        return "{\"displayName\":\"Åsa Ö.\",\"gender\":\"WOMAN\",\"birthYear\":1988,\"education\":\"UPPER_SECONDARY\","
                + "\"yearsInSupport\":3,\"incomeBefore\":\"FORSORJNINGSSTOD\",\"referrer\":\"SOCIAL_SERVICES\","
                + "\"homeMunicipality\":\"Avesta\",\"preferredLanguage\":\"sv\",\"referralDate\":\"2026-01-10\""
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }
}
