package se.stegvis.report;

import se.stegvis.participant.IncomeSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** Assertions over every cell of a raw section's tables, written as compact expected rows. */
final class RawTableAsserts {
    private RawTableAsserts() {
    }

    /** {@code rows("WORK", 1, 1, 0, 2, "STUDIES", cross(...))}: a row key, then its counts or a whole long[]. */
    static Map<String, long[]> rows(Object... rowThenCounts) {
        Map<String, long[]> rows = new HashMap<>();
        int i = 0;
        while (i < rowThenCounts.length) {
            String row = (String) rowThenCounts[i++];
            if (rowThenCounts[i] instanceof long[] whole) {
                rows.put(row, whole);
                i++;
                continue;
            }
            List<Long> counts = new ArrayList<>();
            while (i < rowThenCounts.length && rowThenCounts[i] instanceof Integer n) {
                counts.add(n.longValue());
                i++;
            }
            rows.put(row, counts.stream().mapToLong(Long::longValue).toArray());
        }
        return rows;
    }

    /** Every cell of the table: the listed rows as given, every other row all zeros. */
    static void assertCounts(RawSection section, String key, Map<String, long[]> expected) {
        CountTable t = (CountTable) table(section, key);
        for (int r = 0; r < t.rows().size(); r++) {
            long[] want = expected.getOrDefault(t.rows().get(r), new long[t.columns().size()]);
            assertThat(t.values()[r]).as(key + " / " + t.rows().get(r)).containsExactly(want);
        }
        assertThat(t.rows()).as(key + " rows").containsAll(expected.keySet());
    }

    static RawTable table(RawSection section, String key) {
        return section.tables().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    /** A row of the before/after table: the given after-columns, the rest 0, and the row's TOTAL. */
    static long[] cross(Object... columnThenCount) {
        List<String> columns = new ArrayList<>(GenderColumns.names(IncomeSource.values()));
        columns.add(InflowSection.AFTER_NOT_RECORDED);
        columns.add("TOTAL");
        long[] row = new long[columns.size()];
        for (int i = 0; i < columnThenCount.length; i += 2) {
            row[columns.indexOf((String) columnThenCount[i])] = (Integer) columnThenCount[i + 1];
            row[columns.indexOf("TOTAL")] += (Integer) columnThenCount[i + 1];
        }
        return row;
    }

    static void assertSamples(RawSection section, String key, Double... expected) {
        SampleTable t = (SampleTable) table(section, key);
        for (int c = 0; c < expected.length; c++) {
            SampleTable.Sample s = t.samples()[0][c];
            Double actual = switch (t.statistic()) {
                case MAX -> s.max();
                case MIN -> s.min();
                case MEAN -> s.mean();
                case MEDIAN -> s.median();
            };
            if (expected[c] == null) {
                assertThat(actual).as(key + " / " + t.columns().get(c)).isNull();
            } else {
                assertThat(actual).as(key + " / " + t.columns().get(c)).isCloseTo(expected[c], offset(1e-9));
            }
        }
    }
}
