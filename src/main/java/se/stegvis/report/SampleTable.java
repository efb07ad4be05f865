package se.stegvis.report;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * Measurements of one team (months of throughput, age at enrolment, years in support, ...), per
 * cell, summarised by {@link #statistic()}. Means keep only n and the sum, so they add up across teams;
 * medians, minima and maxima keep the values. A figure over fewer persons than the threshold is not shown.
 */
public record SampleTable(String key, List<String> rows, List<String> columns, Statistic statistic,
                          Sample[][] samples) implements RawTable {

    public enum Statistic { MEAN, MEDIAN, MIN, MAX }

    /**
     * n values with their sum; {@code values} (who has which value) only where a median, minimum or maximum is
     * wanted.
     */
    public record Sample(long n, double sum, @Nullable Distribution values) {
        public static final Sample EMPTY = new Sample(0, 0, null);

        public static Sample of(double... values) {
            return of(Distribution.of(values));
        }

        public static Sample of(Distribution values) {
            return values.n() == 0 ? EMPTY : new Sample(values.n(), values.sum(), values);
        }

        public Sample plus(Sample other) {
            Distribution merged = null;
            if (values != null || other.values != null) {
                merged = (values == null ? Distribution.EMPTY : values)
                        .plus(other.values == null ? Distribution.EMPTY : other.values);
            }
            return new Sample(n + other.n, sum + other.sum, merged);
        }

        @Nullable
        public Double mean() {
            return n == 0 ? null : sum / n;
        }

        @Nullable
        public Double min() {
            return values == null || values.n() == 0 ? null : values.min();
        }

        @Nullable
        public Double max() {
            return values == null || values.n() == 0 ? null : values.max();
        }

        @Nullable
        public Double median() {
            return values == null || values.n() == 0 ? null : values.median();
        }
    }
}
