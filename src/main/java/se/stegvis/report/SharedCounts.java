package se.stegvis.report;

import se.stegvis.participant.Outcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts that more than one table publishes — new participants (flow, inflow, targets), exits (flow, outcomes,
 * income before/after), persons per outcome (flow, outcomes), dropouts. Each table's suppression only
 * sees its own relations, so a count it hides as a partner may be shown by another table, which gives
 * it back. After all sections are assembled, a count hidden in one of its tables is hidden in all of
 * them (cells of a group match by row group and column name). Hiding more never tells more.
 */
final class SharedCounts {
    /** A row of a table whose cells are the same counts as the other members' cells in the same columns. */
    record Member(String table, String row) {
    }

    static final List<List<Member>> GROUPS = groups();

    private SharedCounts() {
    }

    private static List<List<Member>> groups() {
        List<List<Member>> groups = new ArrayList<>();
        groups.add(List.of(new Member("flow.byGender", "flow.new"), new Member("inflow.byReferrer", "TOTAL"),
                new Member("inflow.byIncomeBefore", "TOTAL"),
                new Member("targets.counts", "targets.NEW_PARTICIPANTS")));
        groups.add(List.of(new Member("flow.byGender", "flow.exits"),
                new Member("flow.exitsByOutcome", "flow.personsExited"),
                new Member("outcomes.byGender", "outcomes.exits"), new Member("outcomes.byAgeBand", "outcomes.exits"),
                new Member("inflow.incomeBeforeAfter", "TOTAL")));
        for (Outcome o : Outcome.values()) {
            List<Member> group = new ArrayList<>(List.of(new Member("flow.exitsByOutcome", o.name()),
                    new Member("outcomes.byGender", o.name()), new Member("outcomes.byAgeBand", o.name())));
            if (o == Outcome.DROPOUT) {
                group.add(new Member("flow.byGender", "flow.dropouts"));
            }
            groups.add(List.copyOf(group));
        }
        return List.copyOf(groups);
    }

    /** The sections with every shared count hidden wherever one of its copies is hidden. */
    static List<ReportSection> hideTogether(List<ReportSection> sections) {
        Map<String, ReportTable> tables = new HashMap<>();
        sections.forEach(s -> s.tables().forEach(t -> tables.put(t.key(), t)));
        Set<String> hidden = new HashSet<>(); // "table|row|column" of copies to hide
        for (List<Member> group : GROUPS) {
            Set<String> hiddenColumns = new HashSet<>();
            for (Member m : group) {
                cells(tables, m).forEach((column, figure) -> {
                    if (figure.suppressed()) {
                        hiddenColumns.add(column);
                    }
                });
            }
            for (Member m : group) {
                cells(tables, m).forEach((column, figure) -> {
                    if (hiddenColumns.contains(column) && !figure.suppressed()) {
                        hidden.add(m.table() + "|" + m.row() + "|" + column);
                    }
                });
            }
        }
        if (hidden.isEmpty()) {
            return sections;
        }
        return sections.stream().map(s -> new ReportSection(s.key(), s.tables().stream()
                .map(t -> hide(t, hidden)).toList(), s.warnings())).toList();
    }

    private static Map<String, Figure> cells(Map<String, ReportTable> tables, Member m) {
        Map<String, Figure> cells = new HashMap<>();
        ReportTable t = tables.get(m.table());
        if (t == null) {
            return cells;
        }
        t.rows().stream().filter(r -> r.key().equals(m.row())).findFirst().ifPresent(r -> {
            for (int c = 0; c < t.columns().size(); c++) {
                cells.put(t.columns().get(c), r.figures().get(c));
            }
        });
        return cells;
    }

    private static ReportTable hide(ReportTable t, Set<String> hidden) {
        List<ReportTable.Row> rows = t.rows().stream().map(r -> {
            List<Figure> figures = new ArrayList<>(r.figures());
            for (int c = 0; c < figures.size(); c++) {
                if (hidden.contains(t.key() + "|" + r.key() + "|" + t.columns().get(c))) {
                    figures.set(c, Figure.hidden(figures.get(c).kind()));
                }
            }
            return new ReportTable.Row(r.key(), figures);
        }).toList();
        return new ReportTable(t.key(), t.columns(), rows);
    }
}
