package se.stegvis.report;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.DoubleStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A sample keeps distinct values with their counts, not one entry per person; its median, minimum and maximum
 * are those of all the values, whether it was built from values, from counts streamed in, or by adding samples
 * (as teams are added up into a scope). Checked against the plain sorted list on random values with many repeats.
 */
class SampleValuesTest {

    @Test
    void aMedianOfCountedValuesIsTheMedianOfAllTheValues() {
        Random random = new Random(8);
        for (int round = 0; round < 200; round++) {
            double[] a = randomValues(random);
            double[] b = randomValues(random);
            SampleTable.Sample left = SampleTable.Sample.of(a);
            SampleTable.Sample right = counted(b);
            SampleTable.Sample both = left.plus(right);
            double[] all = DoubleStream.concat(Arrays.stream(a), Arrays.stream(b)).sorted().toArray();

            assertThat(both.n()).isEqualTo(all.length);
            assertThat(both.sum()).isCloseTo(Arrays.stream(all).sum(), within(1e-6));
            assertThat(both.values().expanded()).containsExactly(all);
            assertThat(both.median()).isEqualTo(median(all));
            assertThat(both.min()).isEqualTo(all[0]);
            assertThat(both.max()).isEqualTo(all[all.length - 1]);
            assertThat(left.median()).isEqualTo(median(Arrays.stream(a).sorted().toArray()));
        }
    }

    @Test
    void aSampleHoldsEachDistinctValueOnce() {
        SampleTable.Sample s = SampleTable.Sample.of(12.5, 3.0, 12.5, 12.5, 3.0, 7.25);

        assertThat(s.values().distinct()).containsExactly(3.0, 7.25, 12.5);
        assertThat(s.values().counts()).containsExactly(2, 1, 3);
        assertThat(s.median()).isEqualTo((7.25 + 12.5) / 2);
        assertThat(SampleTable.Sample.EMPTY.plus(SampleTable.Sample.EMPTY).median()).isNull();
    }

    /** 1 to 40 values drawn from a few distinct month values (as throughput months from whole days repeat). */
    private static double[] randomValues(Random random) {
        double[] values = new double[1 + random.nextInt(40)];
        for (int i = 0; i < values.length; i++) {
            values[i] = (30 + random.nextInt(15) * 29) / 30.4375;
        }
        return values;
    }

    /** The values as a streaming tally counts them (value → persons), through the outcomes section's path. */
    private static SampleTable.Sample counted(double[] values) {
        Map<Double, Long> counts = new HashMap<>();
        Arrays.stream(values).forEach(v -> counts.merge(v, 1L, Long::sum));
        SampleTable.Values v = SampleTable.Values.of(counts);
        return new SampleTable.Sample(values.length, Arrays.stream(values).sum(), v);
    }

    private static double median(double[] sorted) {
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
