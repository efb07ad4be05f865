package se.stegvis.report;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.stegvis.support.Fixtures;
import se.stegvis.support.StatementCounter;
import se.stegvis.team.TeamView;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.stegvis.report.OutcomesTeamYear.TREND_A;
import static se.stegvis.report.OutcomesTeamYear.YEAR;

/**
 * Every raw figure of the outcomes section, per team, over the hand-built team-year of
 * {@link OutcomesTeamYear} (its class comment lists every person). Months are days / 30.4375.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomesSectionTest {
    @Inject
    OutcomesTeamYear teamYear;
    @Inject
    Fixtures fixtures;
    @Inject
    OutcomesSection section;
    @Inject
    StatementCounter counter;

    UUID association;
    TeamView a;
    TeamView b;

    @BeforeAll
    void buildTheTeamYear() {
        OutcomesTeamYear.Built built = teamYear.build();
        association = built.association();
        a = built.a();
        b = built.b();
    }

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


    private RawSection rawA() {
        return section.raw(request(a.id(), b.id())).get(a.id());
    }

    private RawSection rawB() {
        return section.raw(request(a.id(), b.id())).get(b.id());
    }

    private ReportRequest request(UUID... teams) {
        return new ReportRequest(association, List.of(teams), YEAR, ReportSettings.DEFAULTS);
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
        Distribution expected = Distribution.of(Arrays.stream(days).mapToDouble(OutcomesSectionTest::months).toArray());
        assertThat(s.values() == null ? Distribution.EMPTY : s.values()).isEqualTo(expected);
    }

    private static void assertNSum(SampleTable.Sample s, long n, double sum) {
        assertThat(s.n()).isEqualTo(n);
        assertThat(s.sum()).isCloseTo(sum, within(1e-9));
    }
}
