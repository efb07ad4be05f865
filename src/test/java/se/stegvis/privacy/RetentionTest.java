package se.stegvis.privacy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.stegvis.group.GroupFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.report.ReportPeriod;
import se.stegvis.support.Api;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.SqlReads;
import se.stegvis.support.TestClock;
import se.stegvis.team.TeamView;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention job (issue 9 part 1, ADR 0011) on a seeded database with the clock moved past retention:
 * identified rows go, every report for past periods keeps its figures, the audit log stays; a transaction
 * that fails or whose connection is killed midway leaves its participant whole and the next run finishes.
 */
@MicronautTest(transactional = false)
class RetentionTest {
    @Inject
    Fixtures fixtures;
    @Inject
    GroupFixtures groups;
    @Inject
    RetentionWorld world;
    @Inject
    RetentionJob job;
    @Inject
    TestClock clock;
    @Inject
    SqlReads sql;
    @Inject
    se.stegvis.report.SectionWorld sections;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Team(TeamView team, StaffLogin coach, StaffLogin coordinator, UUID activity) {
        UUID association() {
            return team.associationId();
        }
    }

    private Team aTeam() {
        UUID association = fixtures.association();
        TeamView team = fixtures.team(association);
        StaffLogin coach = fixtures.coach(team);
        return new Team(team, coach, fixtures.coordinator(association),
                groups.activityMeeting(coach, team.id(), 10, -7, 0));
    }

    private static List<ReportPeriod> pastPeriods(LocalDate today) {
        return List.of(ReportPeriod.year(today.getYear()), ReportPeriod.year(today.getYear() - 1),
                ReportPeriod.rolling12(YearMonth.from(today)), ReportPeriod.half(today.getYear(),
                        today.getMonthValue() <= 6 ? 1 : 2));
    }

    private String figures(Team t, List<ReportPeriod> periods) {
        return world.figures(t.coordinator(), t.association(), List.of(t.team().id()), periods);
    }

    private void movePastRetention() {
        clock.advance(Duration.ofDays(3 * 366));
    }

    @Test
    void participantsPastRetentionBecomeAnonymousStatisticsAndEveryPastReportKeepsItsFigures() {
        Team t = aTeam();
        List<ParticipantView> exited = new ArrayList<>();
        List<ParticipantView> active = new ArrayList<>();
        String[] names = {"Fatima Kaya", "Sven Öberg", "Aino Lind", "Per Ek", "Lejla Hadžić", "Nils Berg"};
        for (int i = 0; i < names.length; i++) {
            ParticipantView p = world.everything(t.team(), t.coach(), names[i], i % 2 == 0, i < 4 ? 5 : null,
                    t.activity());
            (i < 4 ? exited : active).add(p);
        }
        List<ParticipantView> all = new ArrayList<>(exited);
        all.addAll(active);
        world.allPresent(t.coach(), t.activity(), all);
        for (ParticipantView p : exited) {
            assertThat(world.rowsAbout(p.id())).as("the seed has a row of %s in every personal table", p.details().displayName())
                    .allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        }
        Map<String, Long> activeBefore = world.rowsAbout(active.get(0).id());
        List<Map<String, Object>> auditBefore = auditOf(t.team().id());
        List<ReportPeriod> periods = pastPeriods(sections.period().to());
        long ratingsBefore = sql.count("SELECT COUNT(*) FROM fit_rating WHERE team_id = ?", t.team().id().toString());

        movePastRetention();
        String before = figures(t, periods);
        RetentionJob.Result result = job.runFor(t.association());

        assertThat(result.anonymised()).isEqualTo(4);
        assertThat(result.failed()).isZero();
        assertThat(result.auditDeleted()).as("five years of audit records by default").isZero();
        assertThat(figures(t, periods)).as("every report section, raw and published").isEqualTo(before);
        for (ParticipantView p : exited) {
            assertThat(world.rowsAbout(p.id())).as("nothing under the old id of %s", p.details().displayName())
                    .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        }
        assertThat(world.rowsAbout(active.get(0).id())).as("a participant still enrolled is untouched")
                .isEqualTo(activeBefore);
        assertThat(sql.count("SELECT COUNT(*) FROM participant WHERE team_id = ? AND anonymised_on IS NOT NULL "
                + "AND display_name = '' AND preferred_language = 'sv'", t.team().id().toString())).isEqualTo(4);
        assertThat(sql.count("SELECT COUNT(*) FROM fit_rating WHERE team_id = ?", t.team().id().toString()))
                .as("the ratings stay for the figures").isEqualTo(ratingsBefore);
        assertThat(sql.count("SELECT COUNT(*) FROM identified_response r JOIN participant p ON p.id = r.participant_id "
                + "WHERE p.team_id = ? AND p.anonymised_on IS NOT NULL AND (r.answers LIKE '%hälsningar%' OR "
                + "r.answers LIKE '%ringa själv%' OR r.answers LIKE '%kvällen%')", t.team().id().toString()))
                .as("free text of anonymised participants").isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM identified_response r JOIN participant p ON p.id = r.participant_id "
                + "WHERE p.team_id = ? AND p.anonymised_on IS NULL AND r.answers LIKE '%hälsningar%'",
                t.team().id().toString())).as("the active participants keep theirs").isEqualTo(2);
        assertThat(auditOf(t.team().id())).as("the audit log is intact").isEqualTo(auditBefore);

        StaffLogin lead = fixtures.teamLead(t.team());
        Api.Reply list = sections.staff("GET", "/api/teams/" + t.team().id() + "/participants", null, lead);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.list()).extracting(m -> m.get("displayName")).containsExactlyInAnyOrder("Lejla Hadžić",
                "Nils Berg");
        assertThat(sections.staff("GET", "/api/participants/" + exited.get(0).id(), null, lead).status())
                .isEqualTo(404);

        RetentionJob.Result again = job.runFor(t.association());
        assertThat(again.anonymised()).as("a second run finds nothing more").isZero();
        assertThat(figures(t, periods)).isEqualTo(before);
        assertThat(sql.count("SELECT COUNT(*) FROM retention_run WHERE association_id = ?", t.association().toString()))
                .isEqualTo(2);
    }

    @Test
    void aParticipantWhoseTransactionDiesMidwayIsLeftWholeAndTheNextRunFinishes() {
        Team t = aTeam();
        List<ParticipantView> people = new ArrayList<>();
        for (String name : List.of("Anna Ahl", "Krasch Karlsson", "Berit Bok")) {
            people.add(world.everything(t.team(), t.coach(), name, true, 5, t.activity()));
        }
        world.allPresent(t.coach(), t.activity(), people);
        ParticipantView crashing = people.get(1);
        Map<String, Long> crashingBefore = world.rowsAbout(crashing.id());
        List<ReportPeriod> periods = pastPeriods(sections.period().to());
        movePastRetention();
        String before = figures(t, periods);

        // the last statement of the participant's transaction fails, after every other one has run
        sql.execute("CREATE TRIGGER retention_test_crash BEFORE DELETE ON participant FOR EACH ROW BEGIN "
                + "IF OLD.display_name = 'Krasch Karlsson' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = "
                + "'planted crash'; END IF; END");
        RetentionJob.Result first;
        try {
            first = job.runFor(t.association());
        } finally {
            sql.execute("DROP TRIGGER IF EXISTS retention_test_crash");
        }

        assertThat(first.anonymised()).isEqualTo(2);
        assertThat(first.failed()).isEqualTo(1);
        assertThat(world.rowsAbout(crashing.id())).as("every row of the failed participant as it was")
                .isEqualTo(crashingBefore);
        assertThat(sql.count("SELECT COUNT(*) FROM participant WHERE id = ? AND display_name = 'Krasch Karlsson' "
                + "AND anonymised_on IS NULL", crashing.id().toString())).isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM participant WHERE team_id = ? AND anonymised_on IS NOT NULL",
                t.team().id().toString())).as("no statistics row left behind by the failed one").isEqualTo(2);
        assertThat(figures(t, periods)).isEqualTo(before);

        RetentionJob.Result rerun = job.runFor(t.association());
        assertThat(rerun.anonymised()).isEqualTo(1);
        assertThat(rerun.failed()).isZero();
        assertThat(world.rowsAbout(crashing.id())).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(figures(t, periods)).isEqualTo(before);
    }

    @Test
    void aConnectionKilledInTheMiddleOfAParticipantsTransactionLeavesThemWholeAndTheNextRunFinishes()
            throws Exception {
        Team t = aTeam();
        ParticipantView p = world.everything(t.team(), t.coach(), "Avbruten Andersson", false, 5, t.activity());
        world.allPresent(t.coach(), t.activity(), List.of(p));
        Map<String, Long> before = world.rowsAbout(p.id());
        List<ReportPeriod> periods = pastPeriods(sections.period().to());
        movePastRetention();
        String figuresBefore = figures(t, periods);

        // the transaction's last statement waits, every other one has run; then its connection is killed, as a
        // crashed or cut-off job would leave it
        sql.execute("CREATE TRIGGER retention_test_pause BEFORE DELETE ON participant FOR EACH ROW BEGIN "
                + "IF OLD.display_name = 'Avbruten Andersson' THEN DO SLEEP(60); END IF; END");
        ExecutorService runner = Executors.newSingleThreadExecutor();
        RetentionJob.Result first;
        try {
            Future<RetentionJob.Result> run = runner.submit(() -> job.runFor(t.association()));
            long connection = waitingConnection();
            sql.execute("KILL CONNECTION " + connection);
            first = run.get(60, TimeUnit.SECONDS);
        } finally {
            sql.execute("DROP TRIGGER IF EXISTS retention_test_pause");
            runner.shutdownNow();
        }

        assertThat(first.anonymised()).isZero();
        assertThat(first.failed()).isEqualTo(1);
        assertThat(world.rowsAbout(p.id())).as("rolled back whole").isEqualTo(before);
        assertThat(sql.count("SELECT COUNT(*) FROM participant WHERE team_id = ? AND anonymised_on IS NOT NULL",
                t.team().id().toString())).isZero();
        RetentionJob.Result rerun = job.runFor(t.association());
        assertThat(rerun.anonymised()).isEqualTo(1);
        assertThat(world.rowsAbout(p.id())).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(figures(t, periods)).isEqualTo(figuresBefore);
    }

    /** The id of the connection whose DELETE of a participant is held by the planted pause. */
    private long waitingConnection() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            // inside the trigger the process list shows the trigger's statement, not the DELETE
            List<Map<String, Object>> waiting = sql.rows("SELECT id FROM information_schema.processlist "
                    + "WHERE db = DATABASE() AND info = 'DO SLEEP(60)'");
            if (!waiting.isEmpty()) {
                return ((Number) waiting.get(0).get("id")).longValue();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the job never reached the participant's last statement");
    }

    @Test
    void aParticipantIsDueTheDayAfterTheExitPlusTheMonthsKeptAndNotBefore() {
        Team t = aTeam();
        ParticipantView p = world.everything(t.team(), t.coach(), "Gränsfall Gunnarsson", false, 5, t.activity());
        LocalDate exit = sections.period().to().minusDays(5);
        clock.freeze();
        LocalDate today = sections.period().to();
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today, exit.plusMonths(24))));

        assertThat(job.runFor(t.association()).anonymised()).as("on the last day kept").isZero();
        assertThat(world.rowsAbout(p.id()).get("participant")).isEqualTo(1);
        clock.advance(Duration.ofDays(1));
        assertThat(job.runFor(t.association()).anonymised()).as("the day after").isEqualTo(1);
        assertThat(world.rowsAbout(p.id()).get("participant")).isZero();
    }

    @Test
    void auditRecordsGoWhenTheirOwnRetentionEndsAndOtherAssociationsKeepTheirs() {
        Team t = aTeam();
        Team other = aTeam();
        ParticipantView p = world.everything(t.team(), t.coach(), "Logg Larsson", true, null, t.activity());
        world.everything(other.team(), other.coach(), "Annan Andersson", true, null, other.activity());
        sections.staff("GET", "/api/participants/" + p.id(), null, t.coach());
        long ours = sql.count("SELECT COUNT(*) FROM audit_event WHERE team_id = ?", t.team().id().toString());
        long theirs = sql.count("SELECT COUNT(*) FROM audit_event WHERE team_id = ?", other.team().id().toString());
        assertThat(ours).isPositive();

        clock.advance(Duration.ofDays(59L * 31 - 62));
        assertThat(job.runFor(t.association()).auditDeleted()).as("59 months on").isZero();
        clock.advance(Duration.ofDays(3L * 31 + 62));
        RetentionJob.Result r = job.runFor(t.association());

        assertThat(r.auditDeleted()).isGreaterThanOrEqualTo((int) ours);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_event WHERE team_id = ?", t.team().id().toString())).isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM audit_event WHERE team_id IS NULL AND actor_id = ?",
                t.coordinator().id().toString())).as("the association's rows without a team").isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM audit_event WHERE team_id = ?", other.team().id().toString()))
                .isEqualTo(theirs);
        assertThat(r.anonymised()).as("still enrolled: never due").isZero();
    }

    @Test
    void everyTableWithAParticipantIdIsEitherMovedOrDeletedByTheAnonymiser() {
        List<String> withParticipantId = sql.query("SELECT LOWER(table_name) FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND LOWER(column_name) = 'participant_id' ORDER BY 1", rs -> {
                    List<String> names = new ArrayList<>();
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                    return names;
                });
        List<String> covered = new ArrayList<>(Anonymiser.MOVED);
        covered.addAll(Anonymiser.DELETED);
        covered.add("audit_event"); // kept by design: its own retention, the old id finds nothing after
        assertThat(withParticipantId).as("a new table about participants must be handled by the anonymiser")
                .isNotEmpty().allSatisfy(table -> assertThat(covered).contains(table));
    }

    private List<Map<String, Object>> auditOf(UUID teamId) {
        return sql.rows("SELECT * FROM audit_event WHERE team_id = ? ORDER BY id", teamId.toString());
    }
}
