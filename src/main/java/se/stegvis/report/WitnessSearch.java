package se.stegvis.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Looks for a witness that a hidden cell is protected: a change {@code d} of cells by −1, 0 or +1,
 * non-zero at the cell, that keeps every relation's value (Σ coefficient × d = 0 for each relation) and
 * keeps every hidden cell at 1 or more (a cell goes down only from 2 or more). Table + d is then a
 * second table consistent with everything published, in which the cell has another value. Cells
 * outside the witness must be shown cells that are not zero (they would have to be hidden), at a cost:
 * their count, plus a large penalty for a total. The search returns the cheapest witness it finds
 * within a node budget, with a smaller budget for improving on the first one found (branch and bound
 * over the relations; see ADR 0008).
 */
final class WitnessSearch {
    static final long TOTAL_PENALTY = 1L << 40;
    private static final int NODE_BUDGET = 20_000;
    private static final int IMPROVEMENT_BUDGET = 2_000;
    private static final int FREE = 0;
    private static final int ZERO = 1;
    private static final int SET = 2;

    private final long[] values;
    private final int[][] relationCells;
    private final int[][] relationCoefficients;
    private final int[][] cellRelations;
    private final int[][] cellCoefficients;
    private final boolean[] total;

    private boolean[] hidden;
    private int[] d;
    private int[] state;
    private long[] residual;
    private long cost;
    private int[] best;
    private long bestCost;
    private int nodes;
    private int nodesAtFirst;

    /**
     * What a search needs of a table's shape, whatever its values: the relations as cell indices and coefficients,
     * per cell the relations it is in, and which cells are totals. The same for every team's table of one key, so
     * it is made once for them ({@link ComplementarySuppression}).
     */
    record Shape(int cells, int[][] relationCells, int[][] relationCoefficients, int[][] cellRelations,
                 int[][] cellCoefficients, boolean[] total) {

        static Shape of(int cells, int[][] relationCells, int[][] relationCoefficients) {
            int[] per = new int[cells];
            for (int[] relation : relationCells) {
                for (int cell : relation) {
                    per[cell]++;
                }
            }
            int[][] cellRelations = new int[cells][];
            int[][] cellCoefficients = new int[cells][];
            for (int i = 0; i < cells; i++) {
                cellRelations[i] = new int[per[i]];
                cellCoefficients[i] = new int[per[i]];
            }
            int[] filled = new int[cells];
            for (int r = 0; r < relationCells.length; r++) {
                for (int k = 0; k < relationCells[r].length; k++) {
                    int cell = relationCells[r][k];
                    cellRelations[cell][filled[cell]] = r;
                    cellCoefficients[cell][filled[cell]++] = relationCoefficients[r][k];
                }
            }
            return new Shape(cells, relationCells, relationCoefficients, cellRelations, cellCoefficients,
                    totals(cells, relationCells, relationCoefficients));
        }
    }

    WitnessSearch(long[] values, Shape shape) {
        if (shape.cells() != values.length) {
            throw new IllegalArgumentException("a shape of " + shape.cells() + " cells for " + values.length);
        }
        this.values = values;
        this.relationCells = shape.relationCells();
        this.relationCoefficients = shape.relationCoefficients();
        this.cellRelations = shape.cellRelations();
        this.cellCoefficients = shape.cellCoefficients();
        this.total = shape.total();
    }

    /** The cells linked to {@code cell} through relations, the cell included. */
    boolean[] component(int cell) {
        boolean[] seen = new boolean[values.length];
        List<Integer> queue = new ArrayList<>(List.of(cell));
        seen[cell] = true;
        for (int q = 0; q < queue.size(); q++) {
            for (int r : cellRelations[queue.get(q)]) {
                for (int j : relationCells[r]) {
                    if (!seen[j]) {
                        seen[j] = true;
                        queue.add(j);
                    }
                }
            }
        }
        return seen;
    }

    /** The cheapest witness for {@code cell} given the hidden cells, or null when none was found. */
    int[] cheapest(int cell, boolean[] hiddenCells) {
        hidden = hiddenCells;
        d = new int[values.length];
        state = new int[values.length];
        residual = new long[relationCells.length];
        cost = 0;
        best = null;
        bestCost = Long.MAX_VALUE;
        nodes = 0;
        for (int sign : new int[]{1, -1}) {
            if (bestCost > 0 && canMove(cell, sign)) {
                assign(cell, sign);
                search();
                unassign(cell);
            }
        }
        return best;
    }

    private void search() {
        if (outOfBudget() || cost >= bestCost) {
            return;
        }
        int relation = mostConstrained();
        if (relation == -2) {
            return;
        }
        if (relation == -1) {
            nodesAtFirst = best == null ? nodes : nodesAtFirst;
            best = d.clone();
            bestCost = cost;
            return;
        }
        int[] candidates = candidates(relation);
        int zeroed = 0;
        for (int j : candidates) {
            if (bestCost == 0) {
                break;
            }
            assign(j, direction(relation, j));
            search();
            unassign(j);
            state[j] = ZERO;
            zeroed++;
        }
        for (int i = 0; i < zeroed; i++) {
            state[candidates[i]] = FREE;
        }
    }

    private boolean outOfBudget() {
        nodes++;
        return nodes > NODE_BUDGET || (best != null && nodes - nodesAtFirst > IMPROVEMENT_BUDGET);
    }

    /** -1: every relation balanced; -2: one cannot be balanced any more; else the one with fewest ways out. */
    private int mostConstrained() {
        int chosen = -1;
        int fewest = Integer.MAX_VALUE;
        for (int r = 0; r < relationCells.length; r++) {
            if (residual[r] == 0) {
                continue;
            }
            long capacity = 0;
            int ways = 0;
            for (int k = 0; k < relationCells[r].length; k++) {
                int j = relationCells[r][k];
                if (state[j] == FREE && canMove(j, direction(r, k, j))) {
                    capacity += Math.abs(relationCoefficients[r][k]);
                    ways++;
                }
            }
            if (capacity < Math.abs(residual[r])) {
                return -2;
            }
            if (ways < fewest) {
                fewest = ways;
                chosen = r;
            }
        }
        return chosen;
    }

    /** The relation's free cells that can move its way, cheapest first (then by index): an insertion sort, as few. */
    private int[] candidates(int relation) {
        int[] cells = relationCells[relation];
        int[] out = new int[cells.length];
        int n = 0;
        for (int k = 0; k < cells.length; k++) {
            int j = cells[k];
            if (state[j] == FREE && canMove(j, direction(relation, k, j))) {
                long price = price(j);
                int i = n++;
                while (i > 0 && (price(out[i - 1]) > price || price(out[i - 1]) == price && out[i - 1] > j)) {
                    out[i] = out[i - 1];
                    i--;
                }
                out[i] = j;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private int direction(int relation, int cell) {
        for (int k = 0; k < relationCells[relation].length; k++) {
            if (relationCells[relation][k] == cell) {
                return direction(relation, k, cell);
            }
        }
        throw new IllegalStateException("cell not in relation");
    }

    /** The move of the k-th term that brings the relation's residual towards zero. */
    private int direction(int relation, int k, int cell) {
        return -Long.signum(residual[relation]) * Integer.signum(relationCoefficients[relation][k]);
    }

    private boolean canMove(int cell, int sign) {
        boolean movable = hidden[cell] || values[cell] > 0;
        return movable && sign != 0 && (sign > 0 || values[cell] >= 2);
    }

    private long price(int cell) {
        return hidden[cell] ? 0 : values[cell] + (total[cell] ? TOTAL_PENALTY : 0);
    }

    private void assign(int cell, int sign) {
        d[cell] = sign;
        state[cell] = SET;
        cost += price(cell);
        for (int k = 0; k < cellRelations[cell].length; k++) {
            residual[cellRelations[cell][k]] += (long) cellCoefficients[cell][k] * sign;
        }
    }

    private void unassign(int cell) {
        for (int k = 0; k < cellRelations[cell].length; k++) {
            residual[cellRelations[cell][k]] -= (long) cellCoefficients[cell][k] * d[cell];
        }
        cost -= price(cell);
        d[cell] = 0;
        state[cell] = FREE;
    }

    /** A total: the only term of its sign in a relation of three or more terms (it is the sum of the others). */
    private static boolean[] totals(int cells, int[][] relationCells, int[][] relationCoefficients) {
        boolean[] out = new boolean[cells];
        for (int r = 0; r < relationCells.length; r++) {
            int[] coefficients = relationCoefficients[r];
            if (coefficients.length < 3) {
                continue;
            }
            for (int k = 0; k < coefficients.length; k++) {
                int sign = Integer.signum(coefficients[k]);
                int same = 0;
                for (int c : coefficients) {
                    same += Integer.signum(c) == sign ? 1 : 0;
                }
                out[relationCells[r][k]] |= same == 1;
            }
        }
        return out;
    }
}
