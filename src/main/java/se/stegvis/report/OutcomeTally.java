package se.stegvis.report;

import se.stegvis.participant.Outcome;
import se.stegvis.participant.OutcomeFigures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One team's outcome and throughput figures, added up group by group as {@link OutcomeFigures} streams
 * them, then turned into the section's raw tables (see {@link OutcomesSection} for the layout).
 */
final class OutcomeTally {
    static final String TOTAL = "TOTAL";
    static final String EXITS = "outcomes.exits";
    /** Rows of the outcome tables: persons who left, then persons per outcome. */
    static final List<String> OUTCOME_ROWS = outcomeRows();

    private final ReportSettings settings;
    private final ReportPeriod period;
    private final List<ReportPeriod> windows;
    private final List<String> bandLabels;
    private final long[][] byBand;
    private final long[][] byGender;
    private final long[] reached = new long[GenderColumns.GENDERS.size()];
    private final Distribution.Builder[] throughput = builders(GenderColumns.GENDERS.size());
    /** The trend's goal exits by exit month, from the first window's first month: each exit held once. */
    private final YearMonth firstMonth;
    private final Distribution.Builder[] byExitMonth;
    private final double[] yearsSum = new double[GenderColumns.GENDERS.size()];
    private final long[] yearsN = new long[GenderColumns.GENDERS.size()];
    private final double[] ageSum = new double[GenderColumns.GENDERS.size()];
    private final long[] ageN = new long[GenderColumns.GENDERS.size()];

    OutcomeTally(ReportSettings settings, ReportPeriod period, List<ReportPeriod> windows) {
        this.settings = settings;
        this.period = period;
        this.windows = windows;
        this.bandLabels = settings.ageBandLabels();
        this.byBand = new long[OUTCOME_ROWS.size()][bandLabels.size()];
        this.byGender = new long[OUTCOME_ROWS.size()][GenderColumns.GENDERS.size()];
        this.firstMonth = YearMonth.from(windows.get(0).from());
        this.byExitMonth = builders(
                (int) firstMonth.until(YearMonth.from(windows.get(windows.size() - 1).to()), ChronoUnit.MONTHS) + 1);
    }

    void exit(OutcomeFigures.ExitGroup g) {
        int row = g.outcome() == null ? 0 : OUTCOME_ROWS.indexOf(g.outcome().name());
        byBand[row][bandLabels.indexOf(settings.ageBand(g.ageAtExit()))] += g.persons();
        byGender[row][g.gender().ordinal()] += g.persons();
    }

    void goalExit(OutcomeFigures.GoalExitGroup g) {
        LocalDate exit = g.exitDate();
        if (period.contains(exit)) {
            reached[g.gender().ordinal()] += g.persons();
            throughput[g.gender().ordinal()].add(g.months(), g.persons());
        }
        long month = firstMonth.until(YearMonth.from(exit), ChronoUnit.MONTHS);
        if (month >= 0 && month < byExitMonth.length) {
            byExitMonth[(int) month].add(g.months(), g.persons());
        }
    }

    void newcomer(OutcomeFigures.NewcomerGroup g) {
        int s = g.gender().ordinal();
        ageSum[s] += (double) g.ageAtEnrolment() * g.persons();
        ageN[s] += g.persons();
        if (g.yearsInSupport() != null) {
            yearsSum[s] += (double) g.yearsInSupport() * g.persons();
            yearsN[s] += g.persons();
        }
    }

    List<RawTable> tables() {
        List<RawTable> tables = new ArrayList<>();
        tables.add(counts("outcomes.byAgeBand", GenderColumns.withTotal(bandLabels), byBand));
        tables.add(counts("outcomes.byGender", GenderColumns.WITH_TOTAL, byGender));
        tables.add(goalShare());
        List<Distribution> byGender = Arrays.stream(throughput).map(Distribution.Builder::build).toList();
        tables.add(OutcomeSamples.throughput("outcomes.throughputMean", SampleTable.Statistic.MEAN, byGender));
        tables.add(OutcomeSamples.throughput("outcomes.throughputMedian", SampleTable.Statistic.MEDIAN, byGender));
        tables.add(OutcomeSamples.background(yearsSum, yearsN, ageSum, ageN));
        List<String> labels = windows.stream().map(ReportPeriod::label).toList();
        List<Distribution> trend = trend();
        tables.add(OutcomeSamples.trend("outcomes.trendMean", SampleTable.Statistic.MEAN, labels, trend));
        tables.add(OutcomeSamples.trend("outcomes.trendMedian", SampleTable.Statistic.MEDIAN, labels, trend));
        return tables;
    }

    private static CountTable counts(String key, List<String> columns, long[][] values) {
        CountTable.Builder b = CountTable.builder(key, OUTCOME_ROWS, columns);
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < values[r].length; c++) {
                b.set(OUTCOME_ROWS.get(r), columns.get(c), values[r][c]);
            }
        }
        return b.totalColumn(TOTAL).build();
    }

    private ShareTable goalShare() {
        long[][] num = new long[1][GenderColumns.WITH_TOTAL.size()];
        long[][] den = new long[1][GenderColumns.WITH_TOTAL.size()];
        for (int s = 0; s < GenderColumns.GENDERS.size(); s++) {
            num[0][s] = reached[s];
            den[0][s] = byGender[0][s];
            num[0][GenderColumns.GENDERS.size()] += reached[s];
            den[0][GenderColumns.GENDERS.size()] += byGender[0][s];
        }
        return new ShareTable("outcomes.goalReached", List.of("outcomes.goalReached"), GenderColumns.WITH_TOTAL, num, den);
    }

    private static List<String> outcomeRows() {
        List<String> rows = new ArrayList<>();
        rows.add(EXITS);
        Arrays.stream(Outcome.values()).map(Enum::name).forEach(rows::add);
        return List.copyOf(rows);
    }

    /** Each window's goal exits: the exit months it spans, merged. */
    private List<Distribution> trend() {
        List<Distribution> months = Arrays.stream(byExitMonth).map(Distribution.Builder::build).toList();
        List<Distribution> trend = new ArrayList<>();
        for (ReportPeriod window : windows) {
            List<Distribution> spanned = new ArrayList<>();
            for (int m = 0; m < months.size(); m++) {
                YearMonth month = firstMonth.plusMonths(m);
                if (window.contains(month.atDay(1)) && window.contains(month.atEndOfMonth())) {
                    spanned.add(months.get(m));
                }
            }
            trend.add(Distribution.sum(spanned));
        }
        return trend;
    }

    private static Distribution.Builder[] builders(int n) {
        Distribution.Builder[] builders = new Distribution.Builder[n];
        for (int i = 0; i < n; i++) {
            builders[i] = new Distribution.Builder();
        }
        return builders;
    }
}
