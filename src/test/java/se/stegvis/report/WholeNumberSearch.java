package se.stegvis.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A small exhaustive search for whole-number solutions of linear constraints over bounded variables
 * (bounds propagation, then branching on a value). Test-only and unrelated to the production witness
 * search, so the suppression is checked by something that does not share its assumptions.
 */
final class WholeNumberSearch {
    /** Σ coefficient × variable (sense: 0 equal, 1 at least, -1 at most) rhs. */
    record Linear(int[] variables, long[] coefficients, int sense, long rhs) {
    }

    static final class GaveUp extends RuntimeException {
        GaveUp() {
            super("the brute-force search ran out of its node budget");
        }
    }

    private static final int NODE_BUDGET = 2_000_000;
    private final List<Linear> constraints;
    private final long[] preferred;
    private int nodes;

    WholeNumberSearch(List<Linear> constraints, long[] preferred) {
        this.constraints = constraints;
        this.preferred = preferred;
    }

    /** Some solution within the bounds that also meets {@code extra}, or null if there is none. */
    long[] solve(long[] lo, long[] hi, Linear extra) {
        List<Linear> all = new ArrayList<>(constraints);
        all.add(extra);
        nodes = 0;
        return branch(all, lo.clone(), hi.clone());
    }

    private long[] branch(List<Linear> all, long[] lo, long[] hi) {
        if (++nodes > NODE_BUDGET) {
            throw new GaveUp();
        }
        if (!propagate(all, lo, hi)) {
            return null;
        }
        int pick = -1;
        for (int v = 0; v < lo.length; v++) {
            if (lo[v] < hi[v] && (pick < 0 || hi[v] - lo[v] < hi[pick] - lo[pick])) {
                pick = v;
            }
        }
        if (pick < 0) {
            return lo;
        }
        for (long value : valueOrder(lo[pick], hi[pick], preferred[pick])) {
            long[] l = lo.clone();
            long[] h = hi.clone();
            l[pick] = value;
            h[pick] = value;
            long[] found = branch(all, l, h);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<Long> valueOrder(long lo, long hi, long preferred) {
        List<Long> out = new ArrayList<>();
        long start = Math.max(lo, Math.min(hi, preferred));
        out.add(start);
        for (long step = 1; start - step >= lo || start + step <= hi; step++) {
            if (start - step >= lo) {
                out.add(start - step);
            }
            if (start + step <= hi) {
                out.add(start + step);
            }
        }
        return out;
    }

    /** Narrows the bounds until nothing changes; false when some constraint cannot hold. */
    private static boolean propagate(List<Linear> all, long[] lo, long[] hi) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Linear c : all) {
                long min = 0;
                long max = 0;
                for (int k = 0; k < c.variables().length; k++) {
                    long a = c.coefficients()[k];
                    int v = c.variables()[k];
                    min += Math.min(a * lo[v], a * hi[v]);
                    max += Math.max(a * lo[v], a * hi[v]);
                }
                if ((c.sense() >= 0 && max < c.rhs()) || (c.sense() <= 0 && min > c.rhs())) {
                    return false;
                }
                for (int k = 0; k < c.variables().length; k++) {
                    long a = c.coefficients()[k];
                    int v = c.variables()[k];
                    long othersMin = min - Math.min(a * lo[v], a * hi[v]);
                    long othersMax = max - Math.max(a * lo[v], a * hi[v]);
                    long termLo = c.sense() >= 0 ? c.rhs() - othersMax : Long.MIN_VALUE / 4;
                    long termHi = c.sense() <= 0 ? c.rhs() - othersMin : Long.MAX_VALUE / 4;
                    if (a == 0) {
                        continue;
                    }
                    long newLo = a > 0 ? ceilDiv(termLo, a) : ceilDiv(termHi, a);
                    long newHi = a > 0 ? Math.floorDiv(termHi, a) : Math.floorDiv(termLo, a);
                    if (newLo > lo[v]) {
                        lo[v] = newLo;
                        changed = true;
                    }
                    if (newHi < hi[v]) {
                        hi[v] = newHi;
                        changed = true;
                    }
                    if (lo[v] > hi[v]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static long ceilDiv(long x, long y) {
        return -Math.floorDiv(-x, y);
    }
}
