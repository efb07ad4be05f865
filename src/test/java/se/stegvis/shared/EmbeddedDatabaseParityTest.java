package se.stegvis.shared;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.instrument.InstrumentVersionView;
import se.stegvis.participant.Education;
import se.stegvis.participant.FlowFigures;
import se.stegvis.participant.Gender;
import se.stegvis.participant.IncomeSource;
import se.stegvis.participant.Outcome;
import se.stegvis.participant.ParticipantDetails;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.PathDates;
import se.stegvis.participant.Referrer;
import se.stegvis.response.AnonymousTextService;
import se.stegvis.response.DueOverviewService;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.security.SessionService;
import se.stegvis.security.SubjectKind;
import se.stegvis.security.Throttle;
import se.stegvis.support.EmbeddedH2;
import se.stegvis.team.StaffService;
import se.stegvis.team.StaffView;
import se.stegvis.team.TeamService;
import se.stegvis.team.TeamView;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The README's run command uses H2 in MySQL mode while tests use the MySQL-family server (see
 * docs/adr/0001-embedded-database-h2.md). This test pays for having two engines: the whole
 * Liquibase changelog runs on H2 and the MYSQL-dialect repositories work there, through the
 * services, with Swedish and Arabic text intact.
 */
class EmbeddedDatabaseParityTest {
    /** The flags of the default URL in application.yml; only the storage differs (memory, not a file). */

    static ApplicationContext context;

    @BeforeAll
    static void startOnH2() {
        context = EmbeddedH2.start("parity");
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void runCommandUsesTheH2FlagsTestedHere() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/application.yml")) {
            String yml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(yml).contains("jdbc:h2:file:./data/stegvis" + EmbeddedH2.FLAGS + "`");
        }
    }

    @Test
    void wholeChangelogRanOnH2() throws SQLException {
        assertThat(query("SELECT COUNT(*) FROM databasechangelog")).isNotEqualTo("0");
        for (String table : List.of("association", "team", "staff", "staff_team", "auth_session", "participant",
                "invitation", "throttle", "audit_event", "instrument", "instrument_version")) {
            assertThat(query("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = '" + table + "'"))
                    .as(table).isEqualTo("1");
        }
    }

    @Test
    void teamsAndStaffRoundTripSwedishAndArabic() throws SQLException {
        TeamService teams = context.getBean(TeamService.class);
        StaffService staff = context.getBean(StaffService.class);

        UUID association = teams.createAssociation("Samordningsförbundet Östra Södertörn");
        TeamView team = teams.createTeam(association, "Samverkansteam Åre–Östersund", "Åre",
                List.of("Åre", "Östersund"), List.of(), 2);
        StaffView coach = staff.create(association, "coach-" + UUID.randomUUID(), "مريم العلي ÅÄÖ åäö", Role.COACH,
                "korrekt häst batteri häftklammer", null, List.of(team.id()));

        assertThat(query("SELECT name FROM association WHERE id = '" + association + "'"))
                .isEqualTo("Samordningsförbundet Östra Södertörn");
        assertThat(teams.get(team.id()).name()).isEqualTo("Samverkansteam Åre–Östersund");
        assertThat(teams.get(team.id()).municipalities()).containsExactly("Åre", "Östersund");
        assertThat(staff.find(coach.id()).orElseThrow().displayName()).isEqualTo("مريم العلي ÅÄÖ åäö");
        assertThat(teams.teamsOf(coach.id())).extracting(TeamView::id).containsExactly(team.id());
        assertThat(teams.isMember(coach.id(), team.id())).isTrue();
    }

    @Test
    void sessionsStartRotateAndRevokeOnH2() {
        TeamService teams = context.getBean(TeamService.class);
        StaffService staff = context.getBean(StaffService.class);
        SessionService sessions = context.getBean(SessionService.class);
        UUID association = teams.createAssociation("Samordningsförbundet Centrala Dalarna");
        StaffView admin = staff.create(association, "admin-" + UUID.randomUUID(), "Åsa Öberg", Role.ADMIN,
                "korrekt häst batteri häftklammer", null, List.of());

        SessionService.StaffTokens first = sessions.startStaffSession(admin.id(), Role.ADMIN);
        SessionService.StaffTokens second = sessions.refresh(first.refreshToken());
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());

        SessionService.ParticipantToken phone = sessions.startParticipantSession(UUID.randomUUID());
        assertThat(sessions.isLive(phone.sessionId())).isTrue();
        sessions.revoke(phone.sessionId(), "LOST_PHONE");
        assertThat(sessions.isLive(phone.sessionId())).isFalse();
    }

    @Test
    void builtInInstrumentsLoadAndNewVersionsAreStoredOnH2() {
        InstrumentService instruments = context.getBean(InstrumentService.class);
        UUID association = context.getBean(TeamService.class).createAssociation("Samordningsförbundet Södra Dalarna");
        List<InstrumentVersionView> builtIns = instruments.list(association);
        assertThat(builtIns).extracting(InstrumentVersionView::code).containsExactly("EXIT_FEEDBACK", "GROUP_FEEDBACK",
                "INDICATOR_EXIT", "INDICATOR_START", "ORS", "SRS", "SRS_GROUP", "VIOLENCE_SCREENING");
        InstrumentVersionView exit = instruments.current(association, "EXIT_FEEDBACK");
        assertThat(exit.definition().items().get(0).text().ar()).isEqualTo("من بين كل ما قمت به هنا في {team}، ما الذي أنت راضٍ عنه أكثر؟");
        InstrumentVersionView own = instruments.revise(association, "ORS", instruments.current(association, "ORS").definition(), null);
        assertThat(own.builtIn()).isFalse();
        assertThat(instruments.version(own.versionId()).definition().title().sv()).isEqualTo("ORS – Hur har du haft det?");
    }

    @Test
    void staffViewsReadDueOverviewAndAnonymousTextsOnH2() {
        TeamService teams = context.getBean(TeamService.class);
        StaffService staff = context.getBean(StaffService.class);
        UUID association = teams.createAssociation("Samordningsförbundet Västra Mälardalen");
        TeamView team = teams.createTeam(association, "Samverkansteam Köping", "Köping", List.of("Köping"), List.of(), 2);
        StaffView coach = staff.create(association, "coach-" + UUID.randomUUID(), "Åsa Öberg", Role.COACH,
                "korrekt häst batteri häftklammer", null, List.of(team.id()));
        StaffView lead = staff.create(association, "lead-" + UUID.randomUUID(), "ليلى حسن", Role.TEAM_LEAD,
                "korrekt häst batteri häftklammer", null, List.of(team.id()));
        Actor coachActor = new Actor(SubjectKind.STAFF, coach.id(), Role.COACH, UUID.randomUUID());
        Actor leadActor = new Actor(SubjectKind.STAFF, lead.id(), Role.TEAM_LEAD, UUID.randomUUID());
        LocalDate today = LocalDate.now(TimeFactory.SWEDEN);
        context.getBean(ParticipantService.class).create(coachActor, team.id(), new ParticipantDetails("Örjan Ådahl",
                Gender.MAN, 1990, Education.UPPER_SECONDARY, 2, IncomeSource.FORSORJNINGSSTOD, Referrer.SOCIAL_SERVICES,
                "Köping", "sv", new PathDates(today.minusDays(60), today.minusDays(50), today.minusDays(40),
                today.minusDays(30), null, null)), null);

        List<DueOverviewService.Row> rows = context.getBean(DueOverviewService.class).overview(coachActor, team.id());
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.participant().displayName()).isEqualTo("Örjan Ådahl");
            assertThat(r.items()).extracting(DueOverviewService.Item::instrumentCode).contains("INDICATOR_START");
        });
        AnonymousTextService.Aggregate texts = context.getBean(AnonymousTextService.class)
                .read(leadActor, team.id(), "INDICATOR_START", Integer.toString(today.getYear()));
        assertThat(texts.answers()).isEqualTo("<5");
    }

    @Test
    void throttleCountsFailuresOnH2() {
        Throttle throttle = context.getBean(Throttle.class);
        String bucket = "parity:" + UUID.randomUUID();
        Throttle.Limit limit = new Throttle.Limit(2, Duration.ofMinutes(10), Duration.ofMinutes(15));
        assertThat(throttle.recordFailure(bucket, limit)).isFalse();
        assertThat(throttle.recordFailure(bucket, limit)).isTrue();
        assertThatThrownBy(() -> throttle.check(bucket)).isInstanceOf(DomainException.class);
    }

    @Test
    void fitSessionsRatingsTrendAlertsAndFiguresWorkOnH2() {
        TeamService teams = context.getBean(TeamService.class);
        StaffService staff = context.getBean(StaffService.class);
        UUID association = teams.createAssociation("Samordningsförbundet Västra Mälardalen");
        TeamView team = teams.createTeam(association, "Samverkansteam Köping", "Köping", List.of("Köping"), List.of(), 2);
        StaffView coach = staff.create(association, "coach-" + UUID.randomUUID(), "Åsa Öberg", Role.COACH,
                "korrekt häst batteri häftklammer", null, List.of(team.id()));
        se.stegvis.security.Actor actor = new se.stegvis.security.Actor(se.stegvis.security.SubjectKind.STAFF,
                coach.id(), Role.COACH, UUID.randomUUID());
        var p = context.getBean(se.stegvis.participant.ParticipantFixtures.class).aParticipant().named("مريم Ö.")
                .enrolledDaysAgo(60).createdIn(team, new se.stegvis.support.Fixtures.StaffLogin(coach, "-", "-"));
        var today = java.time.LocalDate.now(context.getBean(java.time.Clock.class));
        var session = context.getBean(se.stegvis.fit.SessionService.class).record(actor, team.id(),
                new se.stegvis.fit.SessionService.NewSession(se.stegvis.fit.SessionKind.INDIVIDUAL, today.minusDays(1),
                        null, List.of(p.id()), "Första samtalet – ÅÄÖ"));
        var ratings = context.getBean(se.stegvis.fit.RatingService.class);
        ratings.enterPaper(actor, UUID.randomUUID().toString(), "ors", session.id(), p.id(), "SRS",
                Map.of("relationship", 8, "goals_and_topics", 9, "approach", 9, "overall", 9),
                r -> new IdempotencyService.StoredResponse(201, "{}"));
        var trend = context.getBean(se.stegvis.fit.TrendService.class).of(actor, p.id());
        assertThat(trend.displayName()).isEqualTo("مريم Ö.");
        assertThat(trend.sessions()).singleElement().satisfies(x -> assertThat(x.srs().total()).isEqualByComparingTo("35.0"));
        assertThat(context.getBean(se.stegvis.fit.AlertService.class).own(actor))
                .extracting(se.stegvis.fit.AlertService.OpenAlert::kind)
                .containsExactlyInAnyOrder(se.stegvis.fit.AlertKind.LOW_SRS, se.stegvis.fit.AlertKind.MISSING_RATINGS);
        // a man of 30 whose ORS rose 14 → 31 (improved, above the adult cutoff): the window functions on H2
        var coachLogin = new se.stegvis.support.Fixtures.StaffLogin(coach, "-", "-");
        var q = context.getBean(se.stegvis.participant.ParticipantFixtures.class).aParticipant().man()
                .born(today.getYear() - 30).enrolledDaysAgo(60).createdIn(team, coachLogin);
        context.getBean(se.stegvis.fit.FitTestData.class).history(team, coachLogin, q, today.minusDays(2),
                new double[]{14, 31}, null);
        var figures = context.getBean(se.stegvis.fit.FitFigures.class)
                .forTeams(List.of(team.id()), today.minusDays(30), today).get(team.id());
        assertThat(figures).filteredOn(f -> f.gender().equals("WOMAN")).singleElement().satisfies(f -> {
            assertThat(f.srsSum()).isEqualByComparingTo("35.0");
            assertThat(f.srsRatings()).isEqualTo(1);
            assertThat(f.withTwoOrs()).isZero();
        });
        assertThat(figures).filteredOn(f -> f.gender().equals("MAN")).singleElement().satisfies(f -> {
            assertThat(f.withTwoOrs()).isEqualTo(1);
            assertThat(f.changeSum()).isEqualByComparingTo("17.0");
            assertThat(f.reliablyImproved()).isEqualTo(1);
            assertThat(f.aboveCutoffAtLatest()).isEqualTo(1);
        });
    }

    /** The claim's "do not wait" is H2's session lock timeout there (IdempotencyClaims): 409 at once, then a replay. */
    @Test
    void idempotentRequestAnswersInFlightAtOnceAndThenReplaysOnH2() throws Exception {
        IdempotencyService idempotency = context.getBean(IdempotencyService.class);
        String scope = "parity:" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> idempotency.execute(scope, key, "{}", () -> {
            started.countDown();
            try {
                finish.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new IdempotencyService.StoredResponse(201, "{\"first\":true}");
        }));
        assertThat(started.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        long t0 = System.nanoTime();
        assertThatThrownBy(() -> idempotency.execute(scope, key, "{}", () -> new IdempotencyService.StoredResponse(201, "{}")))
                .isInstanceOf(IdempotencyInFlight.class);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(500));
        finish.countDown();

        assertThat(first.get(10, java.util.concurrent.TimeUnit.SECONDS).body()).isEqualTo("{\"first\":true}");
        assertThat(idempotency.execute(scope, key, "{}", () -> new IdempotencyService.StoredResponse(201, "{}")).body())
                .isEqualTo("{\"first\":true}");
        assertThatThrownBy(() -> idempotency.execute(scope, key, "{\"other\":1}", () -> new IdempotencyService.StoredResponse(201, "{}")))
                .isInstanceOf(IdempotencyKeyReused.class);
    }

    /** A claim that carries its response (IdempotencyService.executeKnown, answer submissions) on H2: stored, replayed. */
    @Test
    void aClaimWithItsResponseIsStoredAndReplayedOnH2() {
        IdempotencyService idempotency = context.getBean(IdempotencyService.class);
        String scope = "parity:" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        java.util.concurrent.atomic.AtomicInteger actions = new java.util.concurrent.atomic.AtomicInteger();

        IdempotencyService.StoredResponse first = idempotency.executeKnown(scope, key, "{}",
                () -> new IdempotencyService.StoredResponse(201, "{\"known\":1}"), actions::incrementAndGet);
        IdempotencyService.StoredResponse retry = idempotency.executeKnown(scope, key, "{}",
                () -> new IdempotencyService.StoredResponse(201, "{\"known\":2}"), actions::incrementAndGet);

        assertThat(first.body()).isEqualTo("{\"known\":1}");
        assertThat(retry).isEqualTo(first);
        assertThat(actions).hasValue(1);
    }

    @Test
    void targetFiguresAndTargetsAreReadOnH2() {
        TeamService teams = context.getBean(TeamService.class);
        StaffService staff = context.getBean(StaffService.class);
        UUID association = teams.createAssociation("Samordningsförbundet Norra Dalarna");
        TeamView team = teams.createTeam(association, "Samverkansteam Mora", "Mora", List.of("Mora"), List.of(), 2);
        StaffView coach = staff.create(association, "coach-" + UUID.randomUUID(), "Åsa Öberg", Role.COACH,
                "korrekt häst batteri häftklammer", null, List.of(team.id()));
        var p = context.getBean(se.stegvis.participant.ParticipantFixtures.class).aParticipant().enrolledDaysAgo(60)
                .createdIn(team, new se.stegvis.support.Fixtures.StaffLogin(coach, "-", "-"));
        var today = java.time.LocalDate.now(context.getBean(java.time.Clock.class));
        context.getBean(se.stegvis.participant.ParticipantService.class).exit(new se.stegvis.security.Actor(
                se.stegvis.security.SubjectKind.STAFF, coach.id(), Role.COACH, UUID.randomUUID()), p.id(),
                today.minusDays(1), List.of(se.stegvis.participant.Outcome.WORK, se.stegvis.participant.Outcome.STUDIES),
                null, null);
        var figures = context.getBean(se.stegvis.participant.TargetFigures.class)
                .of(Map.of(team.id(), team.goalOutcomes()), today.minusDays(90), today).get(team.id());
        assertThat(figures).isEqualTo(new se.stegvis.participant.TargetFigures.Figures(1, 1, 1, 1));
        assertThat(context.getBean(se.stegvis.target.TargetService.class).of(List.of(team.id()), today.getYear())
                .get(team.id())).isEmpty();
    }

    @Test
    void reportFlowInflowAndQueueStatementsRunOnH2() {
        TeamService teams = context.getBean(TeamService.class);
        UUID association = teams.createAssociation("Samordningsförbundet Norra Dalarna");
        TeamView team = teams.createTeam(association, "Samverkansteam Mora", "Mora", List.of("Mora"), List.of(), 2);
        StaffView coach = context.getBean(StaffService.class).create(association, "coach-" + UUID.randomUUID(),
                "Åsa Öberg", Role.COACH, "korrekt häst batteri häftklammer", null, List.of(team.id()));
        var login = new se.stegvis.support.Fixtures.StaffLogin(coach, "-", "-");
        var people = context.getBean(se.stegvis.participant.ParticipantFixtures.class);
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        people.aParticipant().gender(Gender.WOMAN).enrolledOn(from.minusDays(1))
                .exitedOn(LocalDate.of(2025, 6, 1), IncomeSource.SALARY, Outcome.WORK, Outcome.STUDIES).createdIn(team, login);
        people.aParticipant().gender(Gender.WOMAN).queuedOn(LocalDate.of(2025, 3, 1))
                .exitedOn(LocalDate.of(2025, 4, 1), null, Outcome.DROPOUT).createdIn(team, login);
        people.aParticipant().gender(Gender.MAN).enrolledOn(from).createdIn(team, login);
        people.aParticipant().gender(Gender.OTHER_UNKNOWN).queuedOn(to).createdIn(team, login);
        FlowFigures figures = context.getBean(FlowFigures.class);
        List<UUID> ids = List.of(team.id());

        assertThat(figures.flow(ids, from, to)).containsExactlyInAnyOrder(
                new FlowFigures.FlowCount(team.id(), Gender.WOMAN, new FlowFigures.Flow(1, 0, 1, 0, 0, 0, 0, 1)),
                new FlowFigures.FlowCount(team.id(), Gender.MAN, new FlowFigures.Flow(0, 1, 0, 1, 0, 0, 0, 0)),
                new FlowFigures.FlowCount(team.id(), Gender.OTHER_UNKNOWN, new FlowFigures.Flow(0, 0, 0, 0, 0, 0, 0, 0)));
        assertThat(figures.exitOutcomes(ids, from, to)).containsExactlyInAnyOrder(
                new FlowFigures.OutcomeCount(team.id(), Gender.WOMAN, Outcome.WORK, 1),
                new FlowFigures.OutcomeCount(team.id(), Gender.WOMAN, Outcome.STUDIES, 1));
        assertThat(figures.inflow(ids, from, to)).containsExactly(new FlowFigures.InflowCount(team.id(), Gender.MAN,
                Referrer.SOCIAL_SERVICES, IncomeSource.FORSORJNINGSSTOD, 1));
        assertThat(figures.incomeChanges(ids, from, to)).containsExactly(new FlowFigures.IncomeChange(team.id(),
                IncomeSource.FORSORJNINGSSTOD, IncomeSource.SALARY, 1));
        assertThat(figures.waiting(ids, to)).containsExactly(
                new FlowFigures.QueueCount(team.id(), Gender.OTHER_UNKNOWN, to, 1));
    }

    private static String query(String sql) throws SQLException {
        // A plain connection to the same in-memory database, outside Micronaut's transaction management.
        try (Connection c = DriverManager.getConnection(EmbeddedH2.url("parity"), "sa", "");
             PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        }
    }
}
