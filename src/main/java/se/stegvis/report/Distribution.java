package se.stegvis.report;

import java.util.Arrays;
import java.util.List;

/**
 * Measured values with how many persons have each, ascending, each distinct value once: enough for a median,
 * minimum and maximum, in memory that grows with the distinct values, not with the persons. The report's
 * values are whole days (or days divided by a constant), so a team's distribution stays within a few
 * thousand entries however many participants it has had.
 */
public final class Distribution {
    public static final Distribution EMPTY = new Distribution(new double[0], new long[0], 0);

    private final double[] values;
    private final long[] counts;
    private final long n;

    private Distribution(double[] values, long[] counts, long n) {
        this.values = values;
        this.counts = counts;
        this.n = n;
    }

    /** One person per value given (values may repeat, in any order). */
    public static Distribution of(double... values) {
        Builder b = new Builder();
        for (double v : values) {
            b.add(v, 1);
        }
        return b.build();
    }

    /** Persons counted. */
    public long n() {
        return n;
    }

    /** Distinct values held. */
    public int distinct() {
        return values.length;
    }

    /** Sum of every person's value. */
    public double sum() {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i] * counts[i];
        }
        return sum;
    }

    /** Both distributions' persons together (a merge of the two ascending lists). */
    public Distribution plus(Distribution other) {
        if (other.values.length == 0) {
            return this;
        }
        if (values.length == 0) {
            return other;
        }
        double[] v = new double[values.length + other.values.length];
        long[] c = new long[v.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < values.length || j < other.values.length) {
            int cmp = i == values.length ? 1 : j == other.values.length ? -1 : Double.compare(values[i], other.values[j]);
            if (cmp < 0) {
                v[k] = values[i];
                c[k++] = counts[i++];
            } else if (cmp > 0) {
                v[k] = other.values[j];
                c[k++] = other.counts[j++];
            } else {
                v[k] = values[i];
                c[k++] = counts[i++] + other.counts[j++];
            }
        }
        return new Distribution(k == v.length ? v : Arrays.copyOf(v, k), k == c.length ? c : Arrays.copyOf(c, k),
                n + other.n);
    }

    /**
     * All the distributions' persons together: counted once each through a {@link Builder} (many distributions merged
     * two at a time would copy the growing result once per distribution).
     */
    public static Distribution sum(List<Distribution> distributions) {
        if (distributions.size() <= 2) {
            return distributions.stream().reduce(EMPTY, Distribution::plus);
        }
        Builder b = new Builder();
        for (Distribution d : distributions) {
            for (int i = 0; i < d.values.length; i++) {
                b.add(d.values[i], d.counts[i]);
            }
        }
        return b.build();
    }

    public double min() {
        requireValues();
        return values[0];
    }

    public double max() {
        requireValues();
        return values[values.length - 1];
    }

    /** The middle value, or the mean of the two middle values when the persons are even in number. */
    public double median() {
        requireValues();
        return n % 2 == 1 ? at(n / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
    }

    /** The value of the person at {@code index} (0-based) when all persons are lined up in ascending order. */
    private double at(long index) {
        long seen = 0;
        for (int i = 0; i < values.length; i++) {
            seen += counts[i];
            if (index < seen) {
                return values[i];
            }
        }
        throw new IllegalStateException("index " + index + " beyond " + n);
    }

    private void requireValues() {
        if (values.length == 0) {
            throw new IllegalStateException("no values");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Distribution d && Arrays.equals(values, d.values) && Arrays.equals(counts, d.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Distribution[");
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ", ").append(values[i]).append('×').append(counts[i]);
        }
        return s.append(']').toString();
    }

    /**
     * Counts persons per value as they stream in, in any order: an open-addressing table of primitive
     * values and counts (no boxing), twice the distinct values in size at most.
     */
    public static final class Builder {
        private static final long FREE = Double.doubleToRawLongBits(Double.NaN) ^ 1L;

        private long[] keys = newKeys(16);
        private long[] counts = new long[16];
        private int size;

        /** {@code persons} more persons with {@code value} (not NaN; −0 counts as 0). */
        public Builder add(double value, long persons) {
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException("NaN");
            }
            if (persons <= 0) {
                if (persons < 0) {
                    throw new IllegalArgumentException("persons " + persons);
                }
                return this;
            }
            long key = Double.doubleToLongBits(value + 0.0);
            int slot = slot(keys, key);
            if (keys[slot] == FREE) {
                keys[slot] = key;
                size++;
                counts[slot] = persons;
                if (size * 2 > keys.length) {
                    grow();
                }
            } else {
                counts[slot] += persons;
            }
            return this;
        }

        public Distribution build() {
            double[] v = new double[size];
            int k = 0;
            for (long key : keys) {
                if (key != FREE) {
                    v[k++] = Double.longBitsToDouble(key);
                }
            }
            Arrays.sort(v);
            long[] c = new long[size];
            long n = 0;
            for (int i = 0; i < size; i++) {
                c[i] = counts[slot(keys, Double.doubleToLongBits(v[i]))];
                n += c[i];
            }
            return new Distribution(v, c, n);
        }

        private void grow() {
            long[] oldKeys = keys;
            long[] oldCounts = counts;
            keys = newKeys(oldKeys.length * 2);
            counts = new long[keys.length];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != FREE) {
                    int slot = slot(keys, oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    counts[slot] = oldCounts[i];
                }
            }
        }

        /** The key's slot, or the free slot where it belongs (linear probing; the table is never full). */
        private static int slot(long[] keys, long key) {
            int mask = keys.length - 1;
            long h = key * 0x9E3779B97F4A7C15L;
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (keys[i] != FREE && keys[i] != key) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private static long[] newKeys(int length) {
            long[] keys = new long[length];
            Arrays.fill(keys, FREE);
            return keys;
        }
    }
}
