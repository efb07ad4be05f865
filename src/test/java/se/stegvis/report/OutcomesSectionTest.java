package se.stegvis.report;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.PastParticipants;
import se.stegvis.support.Fixtures;
import se.stegvis.support.StatementCounter;
import se.stegvis.team.TeamService;
import se.stegvis.team.TeamView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.stegvis.participant.Outcome.DROPOUT;
import static se.stegvis.participant.Outcome.JOB_SEEKING;
import static se.stegvis.participant.Outcome.MEDICAL_REHAB;
import static se.stegvis.participant.Outcome.OTHER;
import static se.stegvis.participant.Outcome.SICKNESS_COMPENSATION;
import static se.stegvis.participant.Outcome.STUDIES;
import static se.stegvis.participant.Outcome.WORK;
import static se.stegvis.participant.Outcome.WORK_SUBSIDISED;

/**
 * The outcomes section over a hand-built team-year (2025) with a known answer for every figure.
 * Team A counts the default goal outcomes (work, subsidised work, studies, job-seeking, continued
 * vocational rehabilitation); team B only work and medical rehabilitation, so the same outcome
 * reaches the goal in one team and not in the other. Days between enrolment and exit are written out
 * per person; months are days / 30.4375 ({@link se.stegvis.participant.OutcomeFigures#months}).
 *
 * <pre>
 * team A   gender born yrs  enrolment   exit        outcomes          notes
 *  A1      W      1990  6   2024-03-01  2025-02-28  WORK+STUDIES      364 d, age 35
 *  A2      W      2000  2   2025-01-15  2025-02-01  DROPOUT           in the trial period, new, age 25
 *  A3      O      1970 12   2024-06-01  2025-06-01  WORK              365 d, age 55
 *  A4      M      2005  0   2025-02-01  2025-08-01  STUDIES           181 d, new, age 20
 *  A5      W      1985  3   2023-11-01  2025-03-31  JOB_SEEKING       516 d, enrolled two periods back
 *  A6      W      1978  7   2024-09-15  2025-09-30  WORK_SUBSIDISED   380 d, age 47
 *  A7      W      1995  1   2024-01-10  2025-05-10  WORK              486 d, age 30
 *  A8      M      1980  9   2024-04-01  2025-10-01  MEDICAL_REHAB     not a goal in A, age 45
 *  A9      W      1999  5   2025-03-01  2025-11-30  STUDIES           274 d, new, age 26
 *  A10     M      1988  4   2024-05-01  2025-12-31  WORK+STUDIES      609 d, last day, age 37
 *  A11     W      1983  2   2024-02-01  2024-12-31  WORK              334 d, exit before the period
 *  A12     M      1983 10   2025-10-01  -                             new, age 42, still enrolled
 *  A13     W      1987  2   2024-08-01  2026-01-15  WORK              exit after the period
 *  A14     W      1996  2   -           2025-03-01  DROPOUT           never enrolled: no exit here
 *  A15     M      1961  8   2024-07-01  2025-04-15  DROPOUT           age 64
 *  A16     W      2001  1   2024-10-01  2025-07-01  OTHER             age 24
 *  A17     M      1972 11   2024-02-15  2025-06-30  SICKNESS_COMP.    age 53
 *  A18     W      1975  8   2025-04-01  -                             new, age 50
 *  A19     O      1992  -   2025-06-01  -                             new, age 33, years unknown
 *  A20     M      1985  3   2023-05-01  2024-03-15  STUDIES           319 d, trend only
 *  A21     W      1980  3   2023-01-20  2024-01-20  WORK              before every trend window
 * team B
 *  B1      W      1980  4   2024-06-01  2025-06-01  STUDIES           not a goal in B
 *  B2      M      1975  6   2024-03-01  2025-03-01  MEDICAL_REHAB     365 d, a goal in B
 *  B3      W      1990  3   2025-01-01  2025-04-01  WORK              90 d, new, age 35
 * </pre>
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomesSectionTest {
    private static final ReportPeriod YEAR = ReportPeriod.year(2025);

    @Inject
    Fixtures fixtures;
    @Inject
    PastParticipants past;
    @Inject
    TeamService teamService;
    @Inject
    OutcomesSection section;
    @Inject
    ReportService reports;
    @Inject
    StatementCounter counter;

    UUID association;
    TeamView a;
    TeamView b;

    @BeforeAll
    void buildTheTeamYear() {
        association = fixtures.association();
        a = fixtures.team(association);
        b = teamService.createTeam(association, fixtures.unique("Samverkansteam Hedemora"), "Hedemora",
                List.of("Hedemora"), List.of("WORK", "MEDICAL_REHAB"), 2);
        Fixtures.StaffLogin coachA = fixtures.coach(a);
        Fixtures.StaffLogin coachB = fixtures.coach(b);
        person(coachA, a).woman().born(1990).yearsInSupport(6).enrolledOn(d("2024-03-01")).exitedOn(d("2025-02-28"), WORK, STUDIES).create();
        person(coachA, a).woman().born(2000).yearsInSupport(2).enrolledOn(d("2025-01-15")).exitedOn(d("2025-02-01"), DROPOUT).create();
        person(coachA, a).otherOrUnknown().born(1970).yearsInSupport(12).enrolledOn(d("2024-06-01")).exitedOn(d("2025-06-01"), WORK).create();
        person(coachA, a).man().born(2005).yearsInSupport(0).enrolledOn(d("2025-02-01")).exitedOn(d("2025-08-01"), STUDIES).create();
        person(coachA, a).woman().born(1985).yearsInSupport(3).enrolledOn(d("2023-11-01")).exitedOn(d("2025-03-31"), JOB_SEEKING).create();
        person(coachA, a).woman().born(1978).yearsInSupport(7).enrolledOn(d("2024-09-15")).exitedOn(d("2025-09-30"), WORK_SUBSIDISED).create();
        person(coachA, a).woman().born(1995).yearsInSupport(1).enrolledOn(d("2024-01-10")).exitedOn(d("2025-05-10"), WORK).create();
        person(coachA, a).man().born(1980).yearsInSupport(9).enrolledOn(d("2024-04-01")).exitedOn(d("2025-10-01"), MEDICAL_REHAB).create();
        person(coachA, a).woman().born(1999).yearsInSupport(5).enrolledOn(d("2025-03-01")).exitedOn(d("2025-11-30"), STUDIES).create();
        person(coachA, a).man().born(1988).yearsInSupport(4).enrolledOn(d("2024-05-01")).exitedOn(d("2025-12-31"), WORK, STUDIES).create();
        person(coachA, a).woman().born(1983).yearsInSupport(2).enrolledOn(d("2024-02-01")).exitedOn(d("2024-12-31"), WORK).create();
        person(coachA, a).man().born(1983).yearsInSupport(10).enrolledOn(d("2025-10-01")).create();
        person(coachA, a).woman().born(1987).yearsInSupport(2).enrolledOn(d("2024-08-01")).exitedOn(d("2026-01-15"), WORK).create();
        person(coachA, a).woman().born(1996).yearsInSupport(2).referredOn(d("2025-02-01")).exitedOn(d("2025-03-01"), DROPOUT).create();
        person(coachA, a).man().born(1961).yearsInSupport(8).enrolledOn(d("2024-07-01")).exitedOn(d("2025-04-15"), DROPOUT).create();
        person(coachA, a).woman().born(2001).yearsInSupport(1).enrolledOn(d("2024-10-01")).exitedOn(d("2025-07-01"), OTHER).create();
        person(coachA, a).man().born(1972).yearsInSupport(11).enrolledOn(d("2024-02-15")).exitedOn(d("2025-06-30"), SICKNESS_COMPENSATION).create();
        person(coachA, a).woman().born(1975).yearsInSupport(8).enrolledOn(d("2025-04-01")).create();
        person(coachA, a).otherOrUnknown().born(1992).yearsInSupport(null).enrolledOn(d("2025-06-01")).create();
        person(coachA, a).man().born(1985).yearsInSupport(3).enrolledOn(d("2023-05-01")).exitedOn(d("2024-03-15"), STUDIES).create();
        person(coachA, a).woman().born(1980).yearsInSupport(3).enrolledOn(d("2023-01-20")).exitedOn(d("2024-01-20"), WORK).create();

        person(coachB, b).woman().born(1980).yearsInSupport(4).enrolledOn(d("2024-06-01")).exitedOn(d("2025-06-01"), STUDIES).create();
        person(coachB, b).man().born(1975).yearsInSupport(6).enrolledOn(d("2024-03-01")).exitedOn(d("2025-03-01"), MEDICAL_REHAB).create();
        person(coachB, b).woman().born(1990).yearsInSupport(3).enrolledOn(d("2025-01-01")).exitedOn(d("2025-04-01"), WORK).create();
    }

    private PastParticipants.Builder person(Fixtures.StaffLogin coach, TeamView team) {
        return past.in(team, coach);
    }

    // ---- raw figures, per team ----

    @Test
    void outcomesByAgeBandCountPersonsPerOutcomeByAgeAtExit() {
        CountTable t = (CountTable) rawA().tables().get(0);
        assertThat(t.key()).isEqualTo("outcomes.byAgeBand");
        assertThat(t.columns()).containsExactly("16-24", "25-34", "35-44", "45-54", "55-", "TOTAL");
        assertRows(t, Map.of(
                "outcomes.exits", row(2, 3, 3, 3, 2, 13),
                "WORK", row(0, 1, 2, 0, 1, 4),
                "WORK_SUBSIDISED", row(0, 0, 0, 1, 0, 1),
                "STUDIES", row(1, 1, 2, 0, 0, 4),
                "JOB_SEEKING", row(0, 0, 1, 0, 0, 1),
                "CONTINUED_VOCATIONAL_REHAB", row(0, 0, 0, 0, 0, 0),
                "MEDICAL_REHAB", row(0, 0, 0, 1, 0, 1),
                "SICKNESS_COMPENSATION", row(0, 0, 0, 1, 0, 1),
                "OTHER", row(1, 0, 0, 0, 0, 1),
                "DROPOUT", row(0, 1, 0, 0, 1, 2)));
        assertThat(t.relations()).hasSize(t.rows().size());
    }

    @Test
    void outcomesByGenderCountEachOutcomeOfAMultiOutcomeExitOnce() {
        CountTable t = (CountTable) rawA().tables().get(1);
        assertThat(t.key()).isEqualTo("outcomes.byGender");
        assertThat(t.columns()).containsExactly("WOMAN", "MAN", "OTHER_UNKNOWN", "TOTAL");
        assertRows(t, Map.of(
                "outcomes.exits", row(7, 5, 1, 13),
                "WORK", row(2, 1, 1, 4),
                "WORK_SUBSIDISED", row(1, 0, 0, 1),
                "STUDIES", row(2, 2, 0, 4),
                "JOB_SEEKING", row(1, 0, 0, 1),
                "CONTINUED_VOCATIONAL_REHAB", row(0, 0, 0, 0),
                "MEDICAL_REHAB", row(0, 1, 0, 1),
                "SICKNESS_COMPENSATION", row(0, 1, 0, 1),
                "OTHER", row(1, 0, 0, 1),
                "DROPOUT", row(1, 1, 0, 2)));
    }

    @Test
    void ageBandsFollowTheSettings() {
        ReportRequest custom = new ReportRequest(association, List.of(a.id()), YEAR,
                new ReportSettings(5, List.of(18, 30, 50)));
        CountTable t = (CountTable) section.raw(custom).get(a.id()).tables().get(0);
        assertThat(t.columns()).containsExactly("18-29", "30-49", "50-", "TOTAL");
        assertThat(t.values()[0]).containsExactly(4, 6, 3, 13);
    }

    @Test
    void goalSharesUseEachTeamsOwnGoalOutcomes() {
        ShareTable ta = (ShareTable) rawA().tables().get(2);
        assertThat(ta.key()).isEqualTo("outcomes.goalReached");
        assertThat(ta.numerators()[0]).containsExactly(5, 2, 1, 8);
        assertThat(ta.denominators()[0]).containsExactly(7, 5, 1, 13);
        // B: studies (B1) is no goal there, medical rehabilitation (B2) is; in A it is the other way round (A4, A8).
        ShareTable tb = (ShareTable) rawB().tables().get(2);
        assertThat(tb.numerators()[0]).containsExactly(1, 1, 0, 2);
        assertThat(tb.denominators()[0]).containsExactly(2, 1, 0, 3);
    }

    @Test
    void throughputOfGoalReachersIsMonthsFromEnrolmentToExitByGender() {
        RawSection raw = rawA();
        SampleTable mean = (SampleTable) raw.tables().get(3);
        SampleTable median = (SampleTable) raw.tables().get(4);
        assertThat(mean.key()).isEqualTo("outcomes.throughputMean");
        assertThat(mean.statistic()).isEqualTo(SampleTable.Statistic.MEAN);
        assertThat(median.key()).isEqualTo("outcomes.throughputMedian");
        assertThat(median.statistic()).isEqualTo(SampleTable.Statistic.MEDIAN);
        for (SampleTable t : List.of(mean, median)) {
            assertThat(t.rows()).containsExactly("outcomes.throughputMonths");
            assertThat(t.columns()).containsExactly("WOMAN", "MAN", "OTHER_UNKNOWN", "TOTAL");
            assertSample(t.samples()[0][0], 364, 516, 380, 486, 274);
            assertSample(t.samples()[0][1], 181, 609);
            assertSample(t.samples()[0][2], 365);
            assertSample(t.samples()[0][3], 364, 516, 380, 486, 274, 181, 609, 365);
        }
        SampleTable b = (SampleTable) rawB().tables().get(3);
        assertSample(b.samples()[0][0], 90);
        assertSample(b.samples()[0][1], 365);
    }

    @Test
    void backgroundMeansCoverTheNewcomersOfThePeriod() {
        SampleTable t = (SampleTable) rawA().tables().get(5);
        assertThat(t.key()).isEqualTo("outcomes.background");
        assertThat(t.rows()).containsExactly("outcomes.yearsInSupport", "outcomes.ageAtEnrolment");
        assertNSum(t.samples()[0][0], 3, 2 + 5 + 8);
        assertNSum(t.samples()[0][1], 2, 0 + 10);
        assertNSum(t.samples()[0][2], 0, 0);
        assertNSum(t.samples()[0][3], 5, 25);
        assertNSum(t.samples()[1][0], 3, 25 + 26 + 50);
        assertNSum(t.samples()[1][1], 2, 20 + 42);
        assertNSum(t.samples()[1][2], 1, 33);
        assertNSum(t.samples()[1][3], 6, 196);
        SampleTable tb = (SampleTable) rawB().tables().get(5);
        assertNSum(tb.samples()[0][3], 1, 3);
        assertNSum(tb.samples()[1][3], 1, 35);
    }

    @Test
    void trendHasTwelveRollingWindowsEndingWithThePeriodsLastMonth() {
        RawSection raw = rawA();
        SampleTable mean = (SampleTable) raw.tables().get(6);
        SampleTable median = (SampleTable) raw.tables().get(7);
        assertThat(mean.key()).isEqualTo("outcomes.trendMean");
        assertThat(median.key()).isEqualTo("outcomes.trendMedian");
        List<String> labels = List.of("R12-2025-01", "R12-2025-02", "R12-2025-03", "R12-2025-04", "R12-2025-05",
                "R12-2025-06", "R12-2025-07", "R12-2025-08", "R12-2025-09", "R12-2025-10", "R12-2025-11", "R12-2025-12");
        for (SampleTable t : List.of(mean, median)) {
            assertThat(t.rows()).containsExactlyElementsOf(labels);
            assertThat(t.columns()).containsExactly("TOTAL");
            for (int w = 0; w < 12; w++) {
                assertSample(t.samples()[w][0], TREND_A[w]);
            }
        }
        SampleTable b = (SampleTable) rawB().tables().get(6);
        assertThat(b.samples()[1][0].n()).isZero();
        assertSample(b.samples()[2][0], 365);
        assertSample(b.samples()[3][0], 365, 90);
    }

    /** Days of team A's goal exits per window R12-2025-01 .. R12-2025-12 (see the class comment). */
    private static final int[][] TREND_A = {
            {319, 334},
            {319, 334, 364},
            {334, 364, 516},
            {334, 364, 516},
            {334, 364, 516, 486},
            {334, 364, 516, 486, 365},
            {334, 364, 516, 486, 365},
            {334, 364, 516, 486, 365, 181},
            {334, 364, 516, 486, 365, 181, 380},
            {334, 364, 516, 486, 365, 181, 380},
            {334, 364, 516, 486, 365, 181, 380, 274},
            {364, 516, 486, 365, 181, 380, 274, 609},
    };

    @Test
    void everyTeamGetsTablesOfTheSameShapeEvenWithoutData() {
        TeamView empty = fixtures.team(association);
        Map<UUID, RawSection> raw = section.raw(request(a.id(), empty.id()));
        assertThat(raw).containsOnlyKeys(a.id(), empty.id());
        RawSection none = raw.get(empty.id());
        assertThat(none.tables()).extracting(RawTable::key).containsExactlyElementsOf(
                raw.get(a.id()).tables().stream().map(RawTable::key).toList());
        assertThat(((CountTable) none.tables().get(0)).values()[0]).containsOnly(0L);
        assertThat(((SampleTable) none.tables().get(3)).samples()[0][3].n()).isZero();
    }

    @Test
    void allTeamsAreReadWithTheSameFewStatementsWhateverTheirNumber() {
        StatementCounter.Counts one = counter.count(() -> section.raw(request(a.id())));
        StatementCounter.Counts two = counter.count(() -> section.raw(request(a.id(), b.id())));
        assertThat(two.statements()).as(two.toString()).isEqualTo(one.statements());
        assertThat(two.statements()).as(two.toString()).isLessThanOrEqualTo(4);
    }

    // ---- published figures, as a coordinator gets them ----

    @Test
    void coordinatorSeesMeansAndSharesOverEnoughPersonsAndNothingOverFewer() {
        ReportSection s = outcomesOf(reports.build(coordinator(), List.of(a.id()), YEAR));
        ReportTable share = s.tables().get(2);
        assertHidden(share, 0, 0, 1, 2);                       // 5 of 7 (2 did not), 2 of 5, 1 of 1
        assertThat(value(share, 0, 3)).isEqualByComparingTo("0.615");   // 8 of 13

        ReportTable mean = s.tables().get(3);
        assertThat(value(mean, 0, 0)).isEqualByComparingTo("13.27");     // 2020 d / 5 women
        assertHidden(mean, 0, 1, 2);                             // 2 men, 1 other/unknown
        assertThat(value(mean, 0, 3)).isEqualByComparingTo("13.04");     // 3175 d / 8
        ReportTable median = s.tables().get(4);
        assertThat(value(median, 0, 0)).isEqualByComparingTo("12.48");   // 380 d
        assertHidden(median, 0, 1, 2);
        assertThat(value(median, 0, 3)).isEqualByComparingTo("12.24");   // (365 + 380) / 2 d

        ReportTable background = s.tables().get(5);
        assertHidden(background, 0, 0, 1);                       // 3 women, 2 men
        assertThat(background.rows().get(0).figures().get(2)).isEqualTo(Figure.none(Figure.Kind.MEAN));
        assertThat(value(background, 0, 3)).isEqualByComparingTo("5.00");   // 25 years / 5
        assertHidden(background, 1, 0, 1, 2);
        assertThat(value(background, 1, 3)).isEqualByComparingTo("32.67");  // 196 years / 6
    }

    @Test
    void coordinatorSeesTheTrendOnlyForWindowsWithEnoughGoalExits() {
        ReportSection s = outcomesOf(reports.build(coordinator(), List.of(a.id()), YEAR));
        ReportTable mean = s.tables().get(6);
        ReportTable median = s.tables().get(7);
        for (int w = 0; w < 12; w++) {
            if (TREND_A[w].length < 5) {
                assertHidden(mean, w, 0);
                assertHidden(median, w, 0);
            } else {
                assertThat(value(mean, w, 0)).as(mean.rows().get(w).key()).isEqualByComparingTo(expectedMean(TREND_A[w]));
                assertThat(value(median, w, 0)).as(median.rows().get(w).key())
                        .isEqualByComparingTo(expectedMedian(TREND_A[w]));
            }
        }
        assertThat(value(mean, 5, 0)).isEqualByComparingTo("13.57");    // R12-2025-06: 2065 d / 5
        assertThat(value(median, 7, 0)).isEqualByComparingTo("11.98");  // R12-2025-08: (364 + 365) / 2 d
        assertThat(value(mean, 11, 0)).isEqualByComparingTo("13.04");   // the period itself
    }

    @Test
    void publishedCountsHideEverySmallCountAndShowNothingElseThanTheRawCount() {
        ReportSection s = outcomesOf(reports.build(coordinator(), List.of(a.id()), YEAR));
        RawSection raw = rawA();
        for (int i = 0; i < 2; i++) {
            CountTable rawTable = (CountTable) raw.tables().get(i);
            ReportTable published = s.tables().get(i);
            assertThat(published.columns()).isEqualTo(rawTable.columns());
            for (int r = 0; r < rawTable.rows().size(); r++) {
                for (int c = 0; c < rawTable.columns().size(); c++) {
                    Figure f = published.rows().get(r).figures().get(c);
                    long v = rawTable.value(r, c);
                    if (v > 0 && v < 5) {
                        assertThat(f.suppressed()).as(published.key() + " " + r + "/" + c).isTrue();
                    }
                    if (!f.suppressed()) {
                        assertThat(f.value()).isEqualByComparingTo(BigDecimal.valueOf(v));
                    }
                }
            }
        }
        assertThat(s.tables().get(1).rows().get(0).figures().get(2).suppressed()).isTrue();   // 1 other/unknown exit
    }

    @Test
    void aScopeHidesWhatOneOfItsTeamsHasTooFewOf() {
        ReportSection s = outcomesOf(reports.build(coordinator(), List.of(a.id(), b.id()), YEAR));
        assertThat(s.tables().get(2).rows().get(0).figures().get(3).suppressed()).isTrue();  // B: 2 of 3
        assertThat(s.tables().get(3).rows().get(0).figures().get(3).suppressed()).isTrue();  // B: 2 goal exits
        assertThat(s.tables().get(3).rows().get(0).figures().get(0).suppressed()).isTrue();  // B: 1 woman
        assertThat(s.tables().get(5).rows().get(0).figures().get(3).suppressed()).isTrue();  // B: 1 newcomer
        assertThat(s.key()).isEqualTo("outcomes");
    }

    // ---- helpers ----

    private RawSection rawA() {
        return section.raw(request(a.id(), b.id())).get(a.id());
    }

    private RawSection rawB() {
        return section.raw(request(a.id(), b.id())).get(b.id());
    }

    private ReportRequest request(UUID... teams) {
        return new ReportRequest(association, List.of(teams), YEAR, ReportSettings.DEFAULTS);
    }

    private se.stegvis.security.Actor coordinator() {
        return ParticipantFixtures.actor(fixtures.coordinator(association));
    }

    private static ReportSection outcomesOf(Report report) {
        return report.sections().stream().filter(s -> s.key().equals("outcomes")).findFirst().orElseThrow();
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static long[] row(long... values) {
        return values;
    }

    private static void assertRows(CountTable t, Map<String, long[]> expected) {
        assertThat(t.rows()).containsExactlyElementsOf(OutcomeTally.OUTCOME_ROWS);
        for (int r = 0; r < t.rows().size(); r++) {
            assertThat(t.values()[r]).as(t.rows().get(r)).containsExactly(expected.get(t.rows().get(r)));
        }
    }

    private static double months(double days) {
        return days / 30.4375;
    }

    private static void assertSample(SampleTable.Sample s, int... days) {
        assertThat(s.n()).isEqualTo(days.length);
        assertThat(s.sum()).isCloseTo(months(Arrays.stream(days).sum()), within(1e-9));
        double[] values = s.values() == null ? new double[0] : s.values().clone();
        Arrays.sort(values);
        double[] expected = Arrays.stream(days).sorted().mapToDouble(OutcomesSectionTest::months).toArray();
        assertThat(values).containsExactly(expected, within(1e-9));
    }

    private static void assertNSum(SampleTable.Sample s, long n, double sum) {
        assertThat(s.n()).isEqualTo(n);
        assertThat(s.sum()).isCloseTo(sum, within(1e-9));
    }

    private static BigDecimal expectedMean(int[] days) {
        return round(months(Arrays.stream(days).sum()) / days.length);
    }

    private static BigDecimal expectedMedian(int[] days) {
        int[] sorted = days.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
        return round(months(median));
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal value(ReportTable t, int row, int column) {
        Figure f = t.rows().get(row).figures().get(column);
        assertThat(f.suppressed()).as(t.key() + " " + t.rows().get(row).key() + " " + t.columns().get(column)).isFalse();
        return f.value();
    }

    private static void assertHidden(ReportTable t, int row, int... columns) {
        for (int c : columns) {
            Figure f = t.rows().get(row).figures().get(c);
            assertThat(f.suppressed()).as(t.key() + " " + t.rows().get(row).key() + " " + t.columns().get(c)).isTrue();
            assertThat(f.value()).isNull();
        }
    }
}
