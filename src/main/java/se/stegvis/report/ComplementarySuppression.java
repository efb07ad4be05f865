package se.stegvis.report;

import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Small-count protection of one count table (ADR 0008). Primary: every count from 1 to threshold − 1,
 * and every forced cell, is hidden; zero is always shown. Complementary: every hidden count must keep
 * at least two possible values for a reader who knows the shown cells, the table's relations, that
 * counts are whole numbers and that a hidden count is at least 1 (zeros are shown). That is proven per
 * cell by a witness (a second table, equal in every shown cell, where the cell differs); when the
 * hidden cells alone give none, the cheapest one is found among the shown cells too (smallest counts,
 * inner cells before totals) and its shown cells are hidden. Deterministic: the same table and forced
 * cells give the same pattern, which the assembler relies on.
 */
@Singleton
class ComplementarySuppression implements Suppression {
    /** The shape last made on this thread, with what it was made from. */
    private final ThreadLocal<ShapeOf> lastShape = new ThreadLocal<>();

    @Override
    public boolean[][] hide(CountTable table, int threshold, boolean[][] forced) {
        int columns = table.columns().size();
        long[] values = flatten(table);
        boolean[] hidden = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            hidden[i] = forced[i / columns][i % columns] || (values[i] > 0 && values[i] < threshold);
        }
        protect(values, hidden, shape(table));
        boolean[][] out = new boolean[table.rows().size()][columns];
        for (int i = 0; i < values.length; i++) {
            out[i / columns][i % columns] = hidden[i];
        }
        return out;
    }

    /** Hides further cells until every hidden count that is not zero has a witness; smallest counts first. */
    private static void protect(long[] values, boolean[] hidden, WitnessSearch.Shape shape) {
        WitnessSearch search = new WitnessSearch(values, shape);
        boolean[] witnessed = new boolean[values.length];
        List<Integer> order = IntStream.range(0, values.length).filter(i -> hidden[i] && values[i] > 0).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> values[i]).thenComparingInt(i -> i)).toList();
        for (int cell : order) {
            if (witnessed[cell]) {
                continue;
            }
            int[] witness = search.cheapest(cell, hidden);
            if (witness != null) {
                for (int j = 0; j < values.length; j++) {
                    if (witness[j] != 0) {
                        hidden[j] = true;
                        witnessed[j] = true;
                    }
                }
            } else {
                hideComponent(values, hidden, witnessed, search.component(cell));
            }
        }
    }

    /**
     * The last resort: hide every non-zero count linked to the cell. The relations then only hold hidden
     * cells and zeros, so doubling every hidden count of the component is a witness for all of them.
     */
    private static void hideComponent(long[] values, boolean[] hidden, boolean[] witnessed, boolean[] component) {
        for (int j = 0; j < values.length; j++) {
            if (component[j] && values[j] > 0) {
                hidden[j] = true;
                witnessed[j] = true;
            }
        }
    }

    /**
     * The table's shape for the search, made once for a run of tables with the same relations and size (the
     * assembler suppresses every team's table of one key in turn on one thread: 100 teams, one shape).
     */
    private WitnessSearch.Shape shape(CountTable table) {
        int cells = table.rows().size() * table.columns().size();
        ShapeOf last = lastShape.get();
        if (last != null && last.cells() == cells && last.relations().equals(table.relations())) {
            return last.shape();
        }
        int[][][] relations = relations(table.relations(), table.columns().size());
        WitnessSearch.Shape shape = WitnessSearch.Shape.of(cells, relations[0], relations[1]);
        lastShape.set(new ShapeOf(table.relations(), cells, shape));
        return shape;
    }

    private record ShapeOf(List<CountTable.Relation> relations, int cells, WitnessSearch.Shape shape) {
    }

    private static long[] flatten(CountTable table) {
        int columns = table.columns().size();
        long[] values = new long[table.rows().size() * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = table.value(i / columns, i % columns);
        }
        return values;
    }

    /** The relations as [0] cell indices and [1] coefficients, one array per relation. */
    private static int[][][] relations(List<CountTable.Relation> relations, int columns) {
        int[][] cells = new int[relations.size()][];
        int[][] coefficients = new int[relations.size()][];
        for (int r = 0; r < relations.size(); r++) {
            List<CountTable.Term> terms = relations.get(r).terms();
            cells[r] = terms.stream().mapToInt(t -> t.row() * columns + t.column()).toArray();
            coefficients[r] = terms.stream().mapToInt(CountTable.Term::coefficient).toArray();
        }
        return new int[][][]{cells, coefficients};
    }
}
