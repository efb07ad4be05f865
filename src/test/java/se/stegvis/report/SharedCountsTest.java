package se.stegvis.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SharedCountsTest {
    private static final List<String> GENDERS = List.of("WOMAN", "MAN", "OTHER_UNKNOWN", "TOTAL");

    private static ReportTable.Row row(String key, Figure... figures) {
        return new ReportTable.Row(key, List.of(figures));
    }

    private static Figure cell(List<ReportSection> sections, String table, String row, int column) {
        return sections.stream().flatMap(s -> s.tables().stream()).filter(t -> t.key().equals(table)).findFirst()
                .orElseThrow().rows().stream().filter(r -> r.key().equals(row)).findFirst().orElseThrow()
                .figures().get(column);
    }

    @Test
    void exitsHiddenAsAPartnerInTheIncomeTableAreHiddenInTheFlowAndOutcomeTablesToo() {
        ReportSection flow = new ReportSection("flow", List.of(new ReportTable("flow.byGender", GENDERS, List.of(
                row("flow.exits", Figure.count(5), Figure.hidden(Figure.Kind.COUNT), Figure.count(0), Figure.count(7))))),
                List.of());
        ReportSection outcomes = new ReportSection("outcomes", List.of(new ReportTable("outcomes.byGender", GENDERS,
                List.of(row("outcomes.exits", Figure.count(5), Figure.count(2), Figure.count(0), Figure.count(7))))),
                List.of());
        ReportSection inflow = new ReportSection("inflow", List.of(new ReportTable("inflow.incomeBeforeAfter",
                List.of("SALARY", "TOTAL"), List.of(row("TOTAL", Figure.count(7), Figure.hidden(Figure.Kind.COUNT))))),
                List.of());

        List<ReportSection> out = SharedCounts.hideTogether(List.of(flow, outcomes, inflow));

        assertThat(cell(out, "outcomes.byGender", "outcomes.exits", 1).suppressed())
                .as("men's exits: hidden in flow, so hidden here").isTrue();
        assertThat(cell(out, "flow.byGender", "flow.exits", 3).suppressed())
                .as("the total: hidden in the income table, so hidden in flow").isTrue();
        assertThat(cell(out, "outcomes.byGender", "outcomes.exits", 3).suppressed()).isTrue();
        assertThat(cell(out, "outcomes.byGender", "outcomes.exits", 0).value()).isEqualByComparingTo("5");
        assertThat(cell(out, "inflow.incomeBeforeAfter", "TOTAL", 0).value())
                .as("an income column is not a gender column").isEqualByComparingTo("7");
    }

    @Test
    void sectionsWithoutSharedCountsComeBackAsTheyWere() {
        List<ReportSection> sections = List.of(new ReportSection("queue", List.of(new ReportTable("queue.waiting",
                GENDERS, List.of(row("queue.waitingAtEnd", Figure.hidden(Figure.Kind.COUNT), Figure.count(6),
                Figure.count(0), Figure.count(8))))), List.of()));
        assertThat(SharedCounts.hideTogether(sections)).isSameAs(sections);
    }
}
