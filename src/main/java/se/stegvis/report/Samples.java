package se.stegvis.report;

import java.util.ArrayList;
import java.util.List;

/** Publishes means, medians, minima and maxima: shown over at least threshold persons, and only if no team has 1 to threshold − 1. */
final class Samples {
    private Samples() {
    }

    static ReportTable publish(List<SampleTable> teams, int threshold) {
        SampleTable first = teams.get(0);
        Figure.Kind kind = Figure.Kind.valueOf(first.statistic().name());
        List<ReportTable.Row> out = new ArrayList<>();
        for (int r = 0; r < first.rows().size(); r++) {
            List<Figure> figures = new ArrayList<>();
            for (int c = 0; c < first.columns().size(); c++) {
                long n = 0;
                double sum = 0;
                List<Distribution> values = new ArrayList<>();
                boolean safe = true;
                for (SampleTable t : teams) {
                    SampleTable.Sample s = t.samples()[r][c];
                    n += s.n();
                    sum += s.sum();
                    if (s.values() != null && first.statistic() != SampleTable.Statistic.MEAN) {
                        values.add(s.values());
                    }
                    safe &= s.n() == 0 || s.n() >= threshold;
                }
                // a mean needs n and the sum only: the values are merged for the other statistics
                SampleTable.Sample scope = new SampleTable.Sample(n, sum,
                        values.isEmpty() ? null : Distribution.sum(values));
                if (scope.n() == 0) {
                    figures.add(Figure.none(kind));
                } else if (!safe || scope.n() < threshold) {
                    figures.add(Figure.hidden(kind));
                } else {
                    figures.add(Figure.measure(kind, value(first.statistic(), scope)));
                }
            }
            out.add(new ReportTable.Row(first.rows().get(r), figures));
        }
        return new ReportTable(first.key(), first.columns(), out);
    }

    private static double value(SampleTable.Statistic statistic, SampleTable.Sample s) {
        return switch (statistic) {
            case MEAN -> s.mean();
            case MEDIAN -> s.median();
            case MIN -> s.min();
            case MAX -> s.max();
        };
    }
}
