package se.stegvis.report;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random small tables (a total column; totals both ways; start + new − exits = end with a total
 * column) for one to three teams, published for every set of teams as a coordinator could ask; an
 * independent brute-force search ({@link DisclosureChecker}) then looks for a hidden cell that all the
 * published figures together pin down.
 */
class SuppressionPropertyTest {
    private final ReportAssembler assembler = new ReportAssembler(new ComplementarySuppression());

    enum Shape { TOTAL_COLUMN, TOTALS_BOTH_WAYS, FLOW_IDENTITY }

    record Case(Shape shape, int threshold, List<CountTable> teams) {
        @Override
        public String toString() {
            return shape + " threshold " + threshold + " teams " + teams.stream()
                    .map(t -> Arrays.deepToString(t.values())).toList();
        }
    }

    @Property(tries = 250)
    void noHiddenCellOfAnyReportOnAnySetOfTeamsHasOnlyOnePossibleValue(@ForAll("cases") Case c) {
        List<DisclosureChecker.Published> reports = DisclosureChecker.everySet(assembler, c.teams(), c.threshold());
        assertThat(DisclosureChecker.recoverable(c.teams(), reports)).isEmpty();
    }

    @Property(tries = 250)
    void everySmallCountIsHiddenEveryZeroShownAndEveryShownCellIsTheSum(@ForAll("cases") Case c) {
        for (DisclosureChecker.Published p : DisclosureChecker.everySet(assembler, c.teams(), c.threshold())) {
            CountTable first = c.teams().get(0);
            for (int r = 0; r < first.rows().size(); r++) {
                for (int col = 0; col < first.columns().size(); col++) {
                    int row = r;
                    int column = col;
                    long sum = p.teams().stream().mapToLong(k -> c.teams().get(k).value(row, column)).sum();
                    Figure f = p.table().rows().get(r).figures().get(col);
                    if (sum > 0 && sum < c.threshold()) {
                        assertThat(f.suppressed()).as("small count %d", sum).isTrue();
                    }
                    if (sum == 0) {
                        assertThat(f.suppressed()).as("zero").isFalse();
                    }
                    if (!f.suppressed()) {
                        assertThat(f.value()).isEqualByComparingTo(String.valueOf(sum));
                    }
                }
            }
        }
    }

    @Property(tries = 150)
    void aReportOnSeveralTeamsHidesExactlyWhatItsTeamsHide(@ForAll("cases") Case c) {
        List<DisclosureChecker.Published> reports = DisclosureChecker.everySet(assembler, c.teams(), c.threshold());
        for (DisclosureChecker.Published p : reports) {
            for (int r = 0; r < p.table().rows().size(); r++) {
                for (int col = 0; col < p.table().columns().size(); col++) {
                    int row = r;
                    int column = col;
                    boolean anyTeam = p.teams().stream().anyMatch(k -> reports.stream()
                            .filter(q -> q.teams().equals(List.of(k))).findFirst().orElseThrow()
                            .table().rows().get(row).figures().get(column).suppressed());
                    assertThat(p.table().rows().get(r).figures().get(col).suppressed()).isEqualTo(anyTeam);
                }
            }
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Long> cell = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(0L)),
                Tuple.of(5, Arbitraries.longs().between(1, 4)),
                Tuple.of(3, Arbitraries.longs().between(5, 12)));
        return Combinators.combine(Arbitraries.of(Shape.class), Arbitraries.integers().between(3, 5),
                        Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(2, 3), cell.list().ofSize(27))
                .as(SuppressionPropertyTest::build);
    }

    private static Case build(Shape shape, int threshold, int teams, int rows, int columns, List<Long> values) {
        List<CountTable> tables = new ArrayList<>();
        for (int k = 0; k < teams; k++) {
            List<Long> own = values.subList(k * 9, k * 9 + 9);
            tables.add(shape == Shape.FLOW_IDENTITY ? flow(columns, own) : grid(shape, rows, columns, own));
        }
        return new Case(shape, threshold, tables);
    }

    private static CountTable grid(Shape shape, int rows, int columns, List<Long> values) {
        List<String> rowKeys = new ArrayList<>(keys("r", rows));
        if (shape == Shape.TOTALS_BOTH_WAYS) {
            rowKeys.add("TOTAL");
        }
        List<String> columnKeys = new ArrayList<>(keys("c", columns));
        columnKeys.add("TOTAL");
        CountTable.Builder b = CountTable.builder("t", rowKeys, columnKeys);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                b.set("r" + r, "c" + c, values.get(r * 3 + c));
            }
        }
        b.totalColumn("TOTAL");
        if (shape == Shape.TOTALS_BOTH_WAYS) {
            b.totalRow("TOTAL");
        }
        return b.build();
    }

    /** Per column: start, new, exits (at most start + new) and end = start + new − exits. */
    private static CountTable flow(int columns, List<Long> values) {
        List<String> rowKeys = List.of("start", "new", "exits", "end");
        List<String> columnKeys = new ArrayList<>(keys("c", columns));
        columnKeys.add("TOTAL");
        CountTable.Builder b = CountTable.builder("t", rowKeys, columnKeys);
        for (int c = 0; c < columns; c++) {
            long start = values.get(c * 3);
            long arrived = values.get(c * 3 + 1);
            long exits = Math.min(values.get(c * 3 + 2), start + arrived);
            b.set("start", "c" + c, start).set("new", "c" + c, arrived).set("exits", "c" + c, exits)
                    .set("end", "c" + c, start + arrived - exits);
        }
        return b.totalColumn("TOTAL").rowRelation(rowKeys, List.of(1, 1, -1, -1)).build();
    }

    private static List<String> keys(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
    }
}
