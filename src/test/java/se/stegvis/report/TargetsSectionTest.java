package se.stegvis.report;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.Education;
import se.stegvis.participant.Gender;
import se.stegvis.participant.IncomeSource;
import se.stegvis.participant.Outcome;
import se.stegvis.participant.ParticipantDetails;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantView;
import se.stegvis.participant.PathDates;
import se.stegvis.participant.Referrer;
import se.stegvis.security.Actor;
import se.stegvis.support.Fixtures;
import se.stegvis.support.StatementCounter;
import se.stegvis.target.TargetKind;
import se.stegvis.team.TeamView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The targets section over a hand-built team-year with a known answer. Team A, 2025:
 * <ul>
 *   <li>new: 6 enrolled in 2025 (A1–A6); A7–A13 enrolled in 2024; A15 enrolled in 2026 — so 6.</li>
 *   <li>exits in 2025: A1 (WORK + STUDIES, counted once), A2 WORK, A3 STUDIES, A7 WORK_SUBSIDISED, A8 WORK,
 *       A9 and A10 JOB_SEEKING, A11 and A13 DROPOUT, A12 MEDICAL_REHAB, and Q, who dropped out of the queue
 *       without being enrolled — 11. A14 left in 2026 and does not count.</li>
 *   <li>to work or studies: A1, A2, A3, A7, A8 = 5 of 11 (no-count 6): shown, 0.455.</li>
 *   <li>reached the goal (default goal outcomes): those 5 + A9, A10 = 7 of 11; 4 did not — a small count,
 *       so the share is hidden.</li>
 * </ul>
 * Team B: nobody. Team C: 2 enrolled in 2025 — a small count.
 */
@MicronautTest(transactional = false)
class TargetsSectionTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantService participants;
    @Inject
    ReportService reports;
    @Inject
    se.stegvis.target.TargetService targetService;
    @Inject
    StatementCounter counter;
    @Inject
    TargetsSection section;
    @Inject
    ReportAssembler assembler;

    private TeamView a;
    private TeamView b;
    private TeamView c;
    private Actor coordinator;
    private Actor coachA;

    @BeforeEach
    void world() {
        UUID association = fixtures.association();
        a = fixtures.team(association);
        b = fixtures.team(association);
        c = fixtures.team(association);
        coordinator = ParticipantFixtures.actor(fixtures.coordinator(association));
        coachA = ParticipantFixtures.actor(fixtures.coach(a));
        LocalDate y25 = LocalDate.of(2025, 1, 1);
        exit(enrolled(a, coachA, y25.plusDays(40)), LocalDate.of(2025, 9, 1), Outcome.WORK, Outcome.STUDIES);
        exit(enrolled(a, coachA, y25.plusDays(50)), LocalDate.of(2025, 10, 1), Outcome.WORK);
        exit(enrolled(a, coachA, y25.plusDays(60)), LocalDate.of(2025, 11, 1), Outcome.STUDIES);
        for (int i = 0; i < 3; i++) {
            enrolled(a, coachA, y25.plusDays(70 + i * 30));
        }
        Outcome[] olderExits = {Outcome.WORK_SUBSIDISED, Outcome.WORK, Outcome.JOB_SEEKING, Outcome.JOB_SEEKING,
                Outcome.DROPOUT, Outcome.MEDICAL_REHAB, Outcome.DROPOUT};
        for (int i = 0; i < olderExits.length; i++) {
            exit(enrolled(a, coachA, LocalDate.of(2024, 3, 1).plusDays(i * 20)), LocalDate.of(2025, 2, 1).plusDays(i * 30),
                    olderExits[i]);
        }
        exit(enrolled(a, coachA, LocalDate.of(2024, 6, 1)), LocalDate.of(2026, 1, 15), Outcome.WORK);
        enrolled(a, coachA, LocalDate.of(2026, 1, 10));
        ParticipantView queued = participants.create(coachA, a.id(), details(new PathDates(LocalDate.of(2025, 1, 10),
                null, LocalDate.of(2025, 2, 1), null, null, null)), null);
        exit(queued, LocalDate.of(2025, 3, 1), Outcome.DROPOUT);
        Actor coachC = ParticipantFixtures.actor(fixtures.coach(c));
        enrolled(c, coachC, LocalDate.of(2025, 4, 1));
        enrolled(c, coachC, LocalDate.of(2025, 5, 1));
    }

    private ParticipantView enrolled(TeamView team, Actor coach, LocalDate enrolment) {
        return participants.create(coach, team.id(), details(new PathDates(enrolment.minusDays(30),
                enrolment.minusDays(20), enrolment.minusDays(10), enrolment, null, null)), null);
    }

    private void exit(ParticipantView p, LocalDate on, Outcome... outcomes) {
        participants.exit(coachA, p.id(), on, List.of(outcomes), IncomeSource.SALARY, null);
    }

    private static ParticipantDetails details(PathDates path) {
        return new ParticipantDetails("Deltagare T.", Gender.WOMAN, 1985, Education.UPPER_SECONDARY, 3,
                IncomeSource.FORSORJNINGSSTOD, Referrer.SOCIAL_SERVICES, "Avesta", "sv", path);
    }

    private void targets(TeamView team, String newParticipants, String workOrStudies, String goal) {
        var lead = ParticipantFixtures.actor(fixtures.teamLead(team));
        var entries = new java.util.ArrayList<Map.Entry<TargetKind, String>>();
        if (newParticipants != null) {
            entries.add(Map.entry(TargetKind.NEW_PARTICIPANTS, newParticipants));
        }
        if (workOrStudies != null) {
            entries.add(Map.entry(TargetKind.SHARE_WORK_OR_STUDIES, workOrStudies));
        }
        if (goal != null) {
            entries.add(Map.entry(TargetKind.SHARE_REACHED_GOAL, goal));
        }
        se.stegvis.target.TargetTestAccess.replace(targetService, lead, team.id(), 2025, entries);
    }

    private ReportSection section(List<UUID> teams, ReportPeriod period) {
        return reports.build(coordinator, teams, period).sections().stream()
                .filter(s -> s.key().equals("targets")).findFirst().orElseThrow();
    }

    private static List<Figure> row(ReportSection s, TargetKind kind) {
        ReportTable t = s.tables().get(0);
        assertThat(t.key()).isEqualTo("targets.overview");
        assertThat(t.columns()).containsExactly("targets.target", "targets.result", "targets.verdict");
        return t.rows().stream().filter(r -> r.key().equals("targets." + kind.name())).findFirst().orElseThrow().figures();
    }

    @Test
    void oneTeamsYearShowsTargetResultAndVerdictAndHidesTheVerdictOfAHiddenResult() {
        targets(a, "5", "0.5", "0.6");
        ReportSection s = section(List.of(a.id()), ReportPeriod.year(2025));

        List<Figure> fresh = row(s, TargetKind.NEW_PARTICIPANTS);
        assertThat(fresh.get(0).value()).isEqualByComparingTo("5");
        // 6 new, but the flow and inflow tables hide that total to protect their small cells (SharedCounts),
        // so the result and its verdict ("6 / 5 = 1.2", very good) are hidden here too
        assertThat(fresh.get(1).suppressed()).isTrue();
        assertThat(fresh.get(2).suppressed()).isTrue();

        List<Figure> work = row(s, TargetKind.SHARE_WORK_OR_STUDIES);
        assertThat(work.get(0).value()).isEqualByComparingTo("0.5");
        assertThat(work.get(1).value()).as("5 of 11").isEqualByComparingTo("0.455");
        assertThat(work.get(2).text()).as("0.455 / 0.5 = 0.91").isEqualTo("report.verdict.ACCEPTABLE");

        List<Figure> goal = row(s, TargetKind.SHARE_REACHED_GOAL);
        assertThat(goal.get(0).value()).isEqualByComparingTo("0.6");
        assertThat(goal.get(1).suppressed()).as("7 of 11: 4 did not").isTrue();
        assertThat(goal.get(2).suppressed()).as("the verdict would narrow the hidden share down").isTrue();
        assertThat(goal.get(2).text()).isNull();
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void newParticipantsHiddenByTheFlowSectionAreHiddenHereTooWithTheirVerdict() {
        targets(a, "5", "0.5", "0.6");
        List<UUID> teams = List.of(a.id());
        ReportRequest request = new ReportRequest(a.associationId(), teams, ReportPeriod.year(2025),
                ReportSettings.DEFAULTS);
        ReportSection published = assembler.assemble(section.key(), teams, section.raw(request), 5);
        // the flow section hid its "new" total (say, as the partner of a small count elsewhere in its table)
        ReportSection flow = new ReportSection("flow", List.of(new ReportTable("flow.byGender",
                List.of("WOMAN", "MAN", "OTHER_UNKNOWN", "TOTAL"), List.of(new ReportTable.Row("flow.new",
                List.of(Figure.hidden(Figure.Kind.COUNT), Figure.count(5), Figure.hidden(Figure.Kind.COUNT),
                        Figure.hidden(Figure.Kind.COUNT)))))), List.of());

        List<Figure> fresh = row(section.complete(request, SharedCounts.hideTogether(List.of(flow, published)).get(1)),
                TargetKind.NEW_PARTICIPANTS);
        assertThat(fresh.get(1).suppressed()).as("6 here would give the flow's hidden total back").isTrue();
        assertThat(fresh.get(2).suppressed()).isTrue();
        List<Figure> shown = row(section.complete(request, published), TargetKind.NEW_PARTICIPANTS);
        assertThat(shown.get(1).value()).as("without a flow section it stands alone").isEqualByComparingTo("6");
    }

    @Test
    void aSmallCountResultHidesItsVerdict() {
        targets(c, "2", null, null);
        ReportSection s = section(List.of(c.id()), ReportPeriod.year(2025));
        List<Figure> fresh = row(s, TargetKind.NEW_PARTICIPANTS);
        assertThat(fresh.get(0).value()).isEqualByComparingTo("2");
        assertThat(fresh.get(1).suppressed()).isTrue();
        assertThat(fresh.get(2).suppressed()).as("'God' against a target of 2 would say 2").isTrue();
        List<Figure> work = row(s, TargetKind.SHARE_WORK_OR_STUDIES);
        assertThat(work.get(0).value()).as("no target").isNull();
        assertThat(work.get(1).value()).as("no exits: no share").isNull();
        assertThat(work.get(2).text()).isNull();
    }

    @Test
    void severalTeamsAddCountTargetsAndAverageShareTargets() {
        targets(a, "5", "0.5", "0.6");
        targets(b, "3", "0.3", null);
        ReportSection s = section(List.of(a.id(), b.id()), ReportPeriod.year(2025));

        List<Figure> fresh = row(s, TargetKind.NEW_PARTICIPANTS);
        assertThat(fresh.get(0).value()).isEqualByComparingTo("8");
        assertThat(fresh.get(1).suppressed()).as("6, hidden where the flow hides it").isTrue();
        assertThat(fresh.get(2).suppressed()).as("6 / 8 = 0.75 would say it").isTrue();

        List<Figure> work = row(s, TargetKind.SHARE_WORK_OR_STUDIES);
        assertThat(work.get(0).value()).as("mean of 0.5 and 0.3").isEqualByComparingTo("0.4");
        assertThat(work.get(1).value()).isEqualByComparingTo("0.455");
        assertThat(work.get(2).text()).as("0.455 / 0.4 = 1.14").isEqualTo("report.verdict.VERY_GOOD");

        List<Figure> goal = row(s, TargetKind.SHARE_REACHED_GOAL);
        assertThat(goal.get(0).value()).as("team B has no goal target").isNull();
        assertThat(goal.get(2).suppressed()).isTrue();
        assertThat(s.warnings()).containsExactly(ReportWarning.of("report.targets.missing.SHARE_REACHED_GOAL", 1));
    }

    @Test
    void aSmallCountInOneTeamHidesTheScopesResultAndVerdict() {
        targets(a, "5", null, null);
        targets(c, "2", null, null);
        List<Figure> fresh = row(section(List.of(a.id(), c.id()), ReportPeriod.year(2025)), TargetKind.NEW_PARTICIPANTS);
        assertThat(fresh.get(0).value()).isEqualByComparingTo("7");
        assertThat(fresh.get(1).suppressed()).as("8 in all, but team C's 2 is hidden in C's own report").isTrue();
        assertThat(fresh.get(2).suppressed()).isTrue();
    }

    @Test
    void aHalfYearScalesTheCountTarget() {
        targets(a, "10", "0.5", null);
        ReportSection s = section(List.of(a.id()), ReportPeriod.half(2025, 1));
        List<Figure> fresh = row(s, TargetKind.NEW_PARTICIPANTS);
        assertThat(fresh.get(0).value()).as("10 x 181 / 365").isEqualByComparingTo("5");
        assertThat(fresh.get(1).value()).as("A1-A6 enrolled February to June").isEqualByComparingTo("6");
        assertThat(fresh.get(2).text()).isEqualTo("report.verdict.VERY_GOOD");
    }

    @Test
    void aPeriodAcrossTwoYearsHasNoTargetsAndSaysWhy() {
        targets(a, "5", "0.5", "0.6");
        ReportSection s = section(List.of(a.id()), ReportPeriod.parse("2025-07-01..2026-06-30"));
        for (TargetKind kind : TargetKind.values()) {
            assertThat(row(s, kind).get(0).value()).isNull();
            assertThat(row(s, kind).get(2).text()).isNull();
        }
        assertThat(s.warnings()).extracting(ReportWarning::key).containsExactly("report.targets.period-spans-years");
    }

    @Test
    void threeTeamsCostTheSameStatementsAsOne() {
        targets(a, "5", "0.5", "0.6");
        ReportPeriod year = ReportPeriod.year(2025);
        var one = counter.count(() -> run(List.of(a.id()), year));
        var three = counter.count(() -> run(List.of(a.id(), b.id(), c.id()), year));
        assertThat(three.statements()).as(three.toString()).isEqualTo(one.statements());
        assertThat(one.statements()).as(one.toString()).isLessThanOrEqualTo(3);
    }

    private void run(List<UUID> teams, ReportPeriod period) {
        ReportRequest request = new ReportRequest(a.associationId(), teams, period, ReportSettings.DEFAULTS);
        ReportSection published = assembler.assemble(section.key(), teams, section.raw(request), 5);
        section.complete(request, published);
    }
}
