package se.stegvis.report;

import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measurements of one team (months of throughput, age at enrolment, years in support, ...), per
 * cell, summarised by {@link #statistic()}. Means keep only n and the sum, so they add up across teams;
 * medians, minima and maxima keep the distinct values with their counts. A figure over fewer persons than the threshold is not shown.
 */
public record SampleTable(String key, List<String> rows, List<String> columns, Statistic statistic,
                          Sample[][] samples) implements RawTable {

    public enum Statistic { MEAN, MEDIAN, MIN, MAX }

    /**
     * n values with their sum; {@code values} (the distinct values with how often each occurs) only when a median,
     * minimum or maximum is wanted. Held as distinct values, not one entry per person, so that what a report keeps
     * grows with the distinct values (throughput months come from whole days: a few thousand at most), not with the
     * persons counted.
     */
    public record Sample(long n, double sum, @Nullable Values values) {
        public static final Sample EMPTY = new Sample(0, 0, null);

        public static Sample of(double... values) {
            return new Sample(values.length, Arrays.stream(values).sum(), Values.of(values));
        }

        public Sample plus(Sample other) {
            Values merged = values == null ? other.values : other.values == null ? values : values.plus(other.values);
            return new Sample(n + other.n, sum + other.sum, merged);
        }

        @Nullable
        public Double mean() {
            return n == 0 ? null : sum / n;
        }

        @Nullable
        public Double min() {
            return values == null || values.isEmpty() ? null : values.distinct()[0];
        }

        @Nullable
        public Double max() {
            return values == null || values.isEmpty() ? null : values.distinct()[values.distinct().length - 1];
        }

        @Nullable
        public Double median() {
            if (values == null || values.isEmpty()) {
                return null;
            }
            long size = values.size();
            long mid = size / 2;
            return size % 2 == 1 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
        }
    }

    /** Distinct values in ascending order and how many times each occurs (same lengths, every count above 0). */
    public record Values(double[] distinct, long[] counts) {
        /** The values given, counted. */
        public static Values of(double... values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            double[] distinct = new double[sorted.length];
            long[] counts = new long[sorted.length];
            int k = -1;
            for (double v : sorted) {
                if (k < 0 || Double.compare(distinct[k], v) != 0) {
                    distinct[++k] = v;
                }
                counts[k]++;
            }
            return new Values(Arrays.copyOf(distinct, k + 1), Arrays.copyOf(counts, k + 1));
        }

        /** From a map of value → count (e.g. built while streaming). */
        public static Values of(Map<Double, Long> counted) {
            TreeMap<Double, Long> sorted = new TreeMap<>(counted);
            double[] distinct = new double[sorted.size()];
            long[] counts = new long[sorted.size()];
            int i = 0;
            for (Map.Entry<Double, Long> e : sorted.entrySet()) {
                distinct[i] = e.getKey();
                counts[i++] = e.getValue();
            }
            return new Values(distinct, counts);
        }

        boolean isEmpty() {
            return distinct.length == 0;
        }

        long size() {
            return Arrays.stream(counts).sum();
        }

        /** The value at {@code index} (from 0) in ascending order. */
        double at(long index) {
            long seen = 0;
            for (int i = 0; i < distinct.length; i++) {
                seen += counts[i];
                if (index < seen) {
                    return distinct[i];
                }
            }
            throw new IndexOutOfBoundsException(index);
        }

        Values plus(Values other) {
            double[] d = new double[distinct.length + other.distinct.length];
            long[] c = new long[d.length];
            int i = 0;
            int j = 0;
            int k = 0;
            while (i < distinct.length || j < other.distinct.length) {
                int cmp = i == distinct.length ? 1 : j == other.distinct.length ? -1
                        : Double.compare(distinct[i], other.distinct[j]);
                if (cmp < 0) {
                    d[k] = distinct[i];
                    c[k++] = counts[i++];
                } else if (cmp > 0) {
                    d[k] = other.distinct[j];
                    c[k++] = other.counts[j++];
                } else {
                    d[k] = distinct[i];
                    c[k++] = counts[i++] + other.counts[j++];
                }
            }
            return new Values(Arrays.copyOf(d, k), Arrays.copyOf(c, k));
        }

        /** Every value as often as it occurs, ascending (for tests and small samples). */
        public double[] expanded() {
            double[] out = new double[(int) size()];
            int k = 0;
            for (int i = 0; i < distinct.length; i++) {
                for (long n = 0; n < counts[i]; n++) {
                    out[k++] = distinct[i];
                }
            }
            return out;
        }
    }
}
