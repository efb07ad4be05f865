package se.stegvis.report;

import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.List;

/**
 * Measurements of one team (months of throughput, age at enrolment, years in support, ...), per
 * cell, summarised by {@link #statistic()}. Means keep only n and the sum, so they add up across teams;
 * medians, minima and maxima keep the values. A figure over fewer persons than the threshold is not shown.
 */
public record SampleTable(String key, List<String> rows, List<String> columns, Statistic statistic,
                          Sample[][] samples) implements RawTable {

    public enum Statistic { MEAN, MEDIAN, MIN, MAX }

    /** n values with their sum; {@code values} only when a median is wanted. */
    public record Sample(long n, double sum, @Nullable double[] values) {
        public static final Sample EMPTY = new Sample(0, 0, null);

        public static Sample of(double... values) {
            return new Sample(values.length, Arrays.stream(values).sum(), values.clone());
        }

        public Sample plus(Sample other) {
            double[] merged = null;
            if (values != null || other.values != null) {
                double[] a = values == null ? new double[0] : values;
                double[] b = other.values == null ? new double[0] : other.values;
                merged = Arrays.copyOf(a, a.length + b.length);
                System.arraycopy(b, 0, merged, a.length, b.length);
            }
            return new Sample(n + other.n, sum + other.sum, merged);
        }

        @Nullable
        public Double mean() {
            return n == 0 ? null : sum / n;
        }

        @Nullable
        public Double min() {
            return values == null || values.length == 0 ? null : java.util.Arrays.stream(values).min().getAsDouble();
        }

        @Nullable
        public Double max() {
            return values == null || values.length == 0 ? null : java.util.Arrays.stream(values).max().getAsDouble();
        }

        @Nullable
        public Double median() {
            if (values == null || values.length == 0) {
                return null;
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int mid = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }
    }
}
