package se.stegvis.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * What a reader of several published reports could work out, by brute force. The unknowns are the
 * teams' cells hidden in the teams' own reports, whole numbers from 1 (zeros are shown) to a bound
 * above the largest true count. Everything published constrains them: each team's relations with its
 * shown cells, and for every report on a set of teams each shown cell (the sum over those teams) and
 * each hidden cell (a sum of at least 1). A hidden cell of any report is recoverable when every
 * solution gives it the same value. Shares no code or idea with the production witness search.
 */
final class DisclosureChecker {
    record Published(List<Integer> teams, ReportTable table) {
    }

    private final List<CountTable> truth;
    private final int columns;
    private final int cells;
    private final int[][] variable;
    private final long[][] known;
    private final List<Long> preferred = new ArrayList<>();
    private final List<WholeNumberSearch.Linear> constraints = new ArrayList<>();

    private DisclosureChecker(List<CountTable> truth, List<Published> reports) {
        this.truth = truth;
        this.columns = truth.get(0).columns().size();
        this.cells = truth.get(0).rows().size() * columns;
        this.variable = new int[truth.size()][cells];
        this.known = new long[truth.size()][cells];
        for (int k = 0; k < truth.size(); k++) {
            ReportTable own = single(reports, k).table();
            for (int c = 0; c < cells; c++) {
                Figure f = figure(own, c);
                variable[k][c] = f.suppressed() ? preferred.size() : -1;
                if (f.suppressed()) {
                    preferred.add(truth.get(k).value(c / columns, c % columns));
                } else {
                    known[k][c] = f.value().longValueExact();
                }
            }
        }
    }

    /** Descriptions of the hidden cells (of any report) that have only one possible value; empty when safe. */
    static List<String> recoverable(List<CountTable> truth, List<Published> reports) {
        return new DisclosureChecker(truth, reports).check(reports);
    }

    /** The report on every non-empty set of the teams, as the assembler publishes it (team i gets id i). */
    static List<Published> everySet(ReportAssembler assembler, List<CountTable> teams, int threshold) {
        List<UUID> ids = new ArrayList<>();
        Map<UUID, RawSection> raw = new HashMap<>();
        for (int k = 0; k < teams.size(); k++) {
            ids.add(new UUID(0, k));
            raw.put(ids.get(k), RawSection.of(teams.get(k)));
        }
        List<Published> out = new ArrayList<>();
        for (int mask = 1; mask < 1 << teams.size(); mask++) {
            int m = mask;
            List<Integer> set = IntStream.range(0, teams.size()).filter(k -> (m & 1 << k) != 0)
                    .boxed().toList();
            ReportSection section = assembler.assemble("s", set.stream().map(ids::get).toList(), raw, threshold);
            out.add(new Published(set, section.tables().get(0)));
        }
        return out;
    }

    private List<String> check(List<Published> reports) {
        addRelations();
        for (Published p : reports) {
            for (int c = 0; c < cells; c++) {
                Figure f = figure(p.table(), c);
                constraints.add(f.suppressed() ? sum(p.teams(), c, 1, 1)
                        : sum(p.teams(), c, 0, f.value().longValueExact()));
            }
        }
        long[] truthValues = preferred.stream().mapToLong(Long::longValue).toArray();
        long bound = truth.stream().flatMap(t -> Arrays.stream(t.values()))
                .flatMapToLong(Arrays::stream).max().orElse(0) + 3;
        long[] lo = new long[truthValues.length];
        long[] hi = new long[truthValues.length];
        Arrays.fill(lo, 1);
        Arrays.fill(hi, bound);
        WholeNumberSearch search = new WholeNumberSearch(constraints, truthValues);
        if (search.solve(lo, hi, new WholeNumberSearch.Linear(new int[0], new long[0], 0, 0)) == null) {
            throw new AssertionError("the published figures contradict the true tables");
        }
        List<String> out = new ArrayList<>();
        for (Published p : reports) {
            for (int c = 0; c < cells; c++) {
                if (figure(p.table(), c).suppressed() && !twoValues(search, lo, hi, p.teams(), c)) {
                    out.add("teams " + p.teams() + " " + p.table().rows().get(c / columns).key() + "/"
                            + p.table().columns().get(c % columns) + " = " + actual(p.teams(), c));
                }
            }
        }
        return out;
    }

    /** Whether some solution gives the sum of cell c over the teams a value other than the true one. */
    private boolean twoValues(WholeNumberSearch search, long[] lo, long[] hi, List<Integer> teams, int c) {
        long actual = actual(teams, c);
        return search.solve(lo, hi, sum(teams, c, -1, actual - 1)) != null
                || search.solve(lo, hi, sum(teams, c, 1, actual + 1)) != null;
    }

    private long actual(List<Integer> teams, int c) {
        return teams.stream().mapToLong(k -> truth.get(k).value(c / columns, c % columns)).sum();
    }

    private void addRelations() {
        for (int k = 0; k < truth.size(); k++) {
            for (CountTable.Relation relation : truth.get(k).relations()) {
                List<Integer> vars = new ArrayList<>();
                List<Long> coefficients = new ArrayList<>();
                long rhs = 0;
                for (CountTable.Term t : relation.terms()) {
                    int c = t.row() * columns + t.column();
                    if (variable[k][c] >= 0) {
                        vars.add(variable[k][c]);
                        coefficients.add((long) t.coefficient());
                    } else {
                        rhs -= t.coefficient() * known[k][c];
                    }
                }
                constraints.add(linear(vars, coefficients, 0, rhs));
            }
        }
    }

    /** Σ over the teams of cell c (sense 0 equal, 1 at least, -1 at most) rhs, known cells moved right. */
    private WholeNumberSearch.Linear sum(List<Integer> teams, int c, int sense, long rhs) {
        List<Integer> vars = new ArrayList<>();
        List<Long> coefficients = new ArrayList<>();
        long right = rhs;
        for (int k : teams) {
            if (variable[k][c] >= 0) {
                vars.add(variable[k][c]);
                coefficients.add(1L);
            } else {
                right -= known[k][c];
            }
        }
        return linear(vars, coefficients, sense, right);
    }

    private static WholeNumberSearch.Linear linear(List<Integer> vars, List<Long> coefficients, int sense, long rhs) {
        return new WholeNumberSearch.Linear(vars.stream().mapToInt(Integer::intValue).toArray(),
                coefficients.stream().mapToLong(Long::longValue).toArray(), sense, rhs);
    }

    private Figure figure(ReportTable table, int c) {
        return table.rows().get(c / columns).figures().get(c % columns);
    }

    private static Published single(List<Published> reports, int team) {
        return reports.stream().filter(p -> p.teams().equals(List.of(team))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("every team's own report is needed"));
    }
}
