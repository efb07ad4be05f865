package se.stegvis.report;

import java.util.List;

/** The sample tables of the outcomes section: throughput by gender, background means, the throughput trend. */
final class OutcomeSamples {
    static final String THROUGHPUT_ROW = "outcomes.throughputMonths";
    static final String YEARS_ROW = "outcomes.yearsInSupport";
    static final String AGE_ROW = "outcomes.ageAtEnrolment";

    private OutcomeSamples() {
    }

    /** One row of throughput months, columns the genders and TOTAL (all genders' values pooled). */
    static SampleTable throughput(String key, SampleTable.Statistic statistic, List<Distribution> byGender) {
        int genders = byGender.size();
        SampleTable.Sample[][] cells = new SampleTable.Sample[1][genders + 1];
        SampleTable.Sample total = SampleTable.Sample.EMPTY;
        for (int s = 0; s < genders; s++) {
            cells[0][s] = SampleTable.Sample.of(byGender.get(s));
            total = total.plus(cells[0][s]);
        }
        cells[0][genders] = total;
        return new SampleTable(key, List.of(THROUGHPUT_ROW), GenderColumns.WITH_TOTAL, statistic, cells);
    }

    /** Means of years in support (where recorded) and of age at enrolment of the newcomers, by gender and TOTAL. */
    static SampleTable background(double[] yearsSum, long[] yearsN, double[] ageSum, long[] ageN) {
        int genders = yearsSum.length;
        SampleTable.Sample[][] cells = new SampleTable.Sample[2][genders + 1];
        cells[0][genders] = SampleTable.Sample.EMPTY;
        cells[1][genders] = SampleTable.Sample.EMPTY;
        for (int s = 0; s < genders; s++) {
            cells[0][s] = new SampleTable.Sample(yearsN[s], yearsSum[s], null);
            cells[1][s] = new SampleTable.Sample(ageN[s], ageSum[s], null);
            cells[0][genders] = cells[0][genders].plus(cells[0][s]);
            cells[1][genders] = cells[1][genders].plus(cells[1][s]);
        }
        return new SampleTable("outcomes.background", List.of(YEARS_ROW, AGE_ROW), GenderColumns.WITH_TOTAL,
                SampleTable.Statistic.MEAN, cells);
    }

    /** One row per rolling window (its label), one column TOTAL. */
    static SampleTable trend(String key, SampleTable.Statistic statistic, List<String> windowLabels,
                             List<Distribution> byWindow) {
        SampleTable.Sample[][] cells = new SampleTable.Sample[windowLabels.size()][1];
        for (int w = 0; w < windowLabels.size(); w++) {
            cells[w][0] = SampleTable.Sample.of(byWindow.get(w));
        }
        return new SampleTable(key, windowLabels, List.of(OutcomeTally.TOTAL), statistic, cells);
    }
}
