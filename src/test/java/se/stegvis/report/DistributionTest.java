package se.stegvis.report;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The counted distribution against the plain way (every person's value in one sorted array), on seeded random
 * persons: whole days, divided by the report's month length as the throughput is, with many repeats and in
 * random order, counted one by one or in groups, split in two and merged, split in up to six and summed.
 */
class DistributionTest {
    private static final double DAYS_PER_MONTH = 30.4375;

    @Test
    void medianMinimumMaximumAndSumAreThoseOfEveryPersonsValueSorted() {
        Random random = new Random(8);
        for (int round = 0; round < 500; round++) {
            int persons = 1 + random.nextInt(round < 100 ? 8 : 400);
            int spread = 1 + random.nextInt(round % 2 == 0 ? 5 : 3000);
            double[] values = new double[persons];
            for (int i = 0; i < persons; i++) {
                values[i] = random.nextInt(spread) / DAYS_PER_MONTH;
            }
            int split = random.nextInt(persons + 1);
            Distribution merged = grouped(Arrays.copyOfRange(values, 0, split), random)
                    .plus(grouped(Arrays.copyOfRange(values, split, persons), random));
            Distribution oneByOne = Distribution.of(values);
            List<Distribution> parts = new ArrayList<>();
            int parts0 = 1 + random.nextInt(6);
            for (int p = 0; p < parts0; p++) {
                parts.add(grouped(Arrays.copyOfRange(values, p * persons / parts0, (p + 1) * persons / parts0), random));
            }
            Distribution summed = Distribution.sum(parts);

            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int mid = persons / 2;
            double median = persons % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
            String seen = "round " + round + ": " + Arrays.toString(sorted);
            for (Distribution d : new Distribution[]{merged, oneByOne, summed}) {
                assertThat(d.n()).as(seen).isEqualTo(persons);
                assertThat(d.median()).as(seen).isEqualTo(median);
                assertThat(d.min()).as(seen).isEqualTo(sorted[0]);
                assertThat(d.max()).as(seen).isEqualTo(sorted[persons - 1]);
                assertThat(d.sum()).as(seen).isCloseTo(Arrays.stream(values).sum(), within(1e-6));
                assertThat(d.distinct()).as(seen).isEqualTo((int) Arrays.stream(values).distinct().count());
            }
            assertThat(merged).as(seen).isEqualTo(oneByOne);
            assertThat(summed).as(seen).isEqualTo(oneByOne);
        }
    }

    @Test
    void heldEntriesGrowWithTheDistinctValuesNotWithThePersons() {
        Distribution.Builder b = new Distribution.Builder();
        int persons = 3650 * 274;
        for (int person = 0; person < persons; person++) {
            b.add((person % 3650) / DAYS_PER_MONTH, 1);
        }
        Distribution d = b.build();
        assertThat(d.n()).isEqualTo(persons);
        assertThat(d.distinct()).isEqualTo(3650);
        assertThat(d.median()).isCloseTo(1824.5 / DAYS_PER_MONTH, within(1e-12));
    }

    @Test
    void zeroAndNegativeZeroAreOneValueAndNoPersonsAddNothing() {
        Distribution d = new Distribution.Builder().add(0.0, 1).add(-0.0, 2).add(5, 0).build();
        assertThat(d.n()).isEqualTo(3);
        assertThat(d.distinct()).isEqualTo(1);
        assertThat(Distribution.EMPTY.plus(d)).isEqualTo(d);
        assertThat(Distribution.sum(List.of())).isEqualTo(Distribution.EMPTY);
        assertThat(Distribution.sum(List.of(d, d, d)).n()).isEqualTo(9);
    }

    @Test
    void anEmptyDistributionHasNoMedianAndBadInputIsRefused() {
        assertThatThrownBy(Distribution.EMPTY::median).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Distribution.Builder().add(Double.NaN, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Distribution.Builder().add(1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SampleTable.Sample.of(Distribution.EMPTY)).isEqualTo(SampleTable.Sample.EMPTY);
        assertThat(SampleTable.Sample.EMPTY.median()).isNull();
    }

    /** The values counted in groups of equal values, in random order, as the grouped statements stream them. */
    private static Distribution grouped(double[] values, Random random) {
        double[] shuffled = values.clone();
        for (int i = shuffled.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double t = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = t;
        }
        Distribution.Builder b = new Distribution.Builder();
        int i = 0;
        while (i < shuffled.length) {
            int j = i;
            while (j < shuffled.length && shuffled[j] == shuffled[i]) {
                j++;
            }
            b.add(shuffled[i], j - i);
            i = j;
        }
        return b.build();
    }
}
