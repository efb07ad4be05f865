package se.stegvis.report;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns per-team raw tables into the published tables of the scope. The rule that keeps overlapping
 * reports (a team; the association; the association minus the other teams; any other set of teams)
 * from giving a hidden cell back: each team's table is suppressed on its own, always the same way
 * (the pattern depends on the team's table only), and a scope cell is shown only if it is shown for
 * every team in the scope; the scope's own suppression then runs with those cells forced. A shown
 * scope cell is then a sum of shown team cells, so no scope report says more than the team reports
 * already do, and each team report protects its own hidden cells (ADR 0008).
 */
@Singleton
class ReportAssembler {
    private final Suppression suppression;

    ReportAssembler(Suppression suppression) {
        this.suppression = suppression;
    }

    ReportSection assemble(String key, List<UUID> teamIds, Map<UUID, RawSection> raw, int threshold) {
        List<RawSection> perTeam = teamIds.stream().map(raw::get).toList();
        List<ReportTable> tables = new ArrayList<>();
        List<ReportWarning> warnings = new ArrayList<>();
        perTeam.forEach(s -> warnings.addAll(s.warnings()));
        int count = perTeam.get(0).tables().size();
        for (int i = 0; i < count; i++) {
            int index = i;
            List<RawTable> teamTables = perTeam.stream().map(s -> s.tables().get(index)).toList();
            tables.add(publish(teamTables, threshold));
        }
        return new ReportSection(key, tables, warnings);
    }

    private ReportTable publish(List<RawTable> teamTables, int threshold) {
        RawTable first = teamTables.get(0);
        if (first instanceof CountTable) {
            return counts(teamTables.stream().map(CountTable.class::cast).toList(), threshold);
        }
        if (first instanceof ShareTable) {
            return Shares.publish(teamTables.stream().map(ShareTable.class::cast).toList(), threshold);
        }
        return Samples.publish(teamTables.stream().map(SampleTable.class::cast).toList(), threshold);
    }

    private ReportTable counts(List<CountTable> teams, int threshold) {
        CountTable first = teams.get(0);
        int rows = first.rows().size();
        int columns = first.columns().size();
        long[][] sum = new long[rows][columns];
        boolean[][] forced = new boolean[rows][columns];
        for (CountTable team : teams) {
            boolean[][] hidden = suppression.hide(team, threshold, new boolean[rows][columns]);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    sum[r][c] += team.value(r, c);
                    forced[r][c] |= hidden[r][c];
                }
            }
        }
        CountTable scope = new CountTable(first.key(), first.rows(), first.columns(), sum, first.relations());
        boolean[][] hidden = teams.size() == 1 ? forced : suppression.hide(scope, threshold, forced);
        List<ReportTable.Row> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Figure> figures = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                figures.add(hidden[r][c] ? Figure.hidden(Figure.Kind.COUNT) : Figure.count(sum[r][c]));
            }
            out.add(new ReportTable.Row(first.rows().get(r), figures));
        }
        return new ReportTable(first.key(), first.columns(), out);
    }
}
