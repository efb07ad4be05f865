package se.stegvis.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Published reports for the export unit tests: the fixture section assembled as the service would. */
final class ReportSamples {
    static final UUID TEAM = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    private ReportSamples() {
    }

    /** The fixture section for one team named {@code teamName}, threshold 5, year 2025. */
    static Report fixtureReport(String teamName) {
        ReportSection section = new ReportAssembler(new ComplementarySuppression()).assemble(ReportFixtureSource.KEY,
                List.of(TEAM), Map.of(TEAM, ReportFixtureSource.section()), 5);
        return new Report("2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                List.of(new Report.TeamRef(TEAM, teamName)), 5, Instant.parse("2026-01-15T08:30:00Z"), List.of(section));
    }

    /** A report with one extra table whose row label looks like a spreadsheet formula. */
    static Report withFormulaRow() {
        Report r = fixtureReport("Team Norr");
        ReportTable formula = new ReportTable("fixture.formula", List.of("TOTAL"),
                List.of(new ReportTable.Row("=HYPERLINK(\"x\")", List.of(Figure.count(9)))));
        ReportSection s = r.sections().get(0);
        List<ReportTable> tables = new java.util.ArrayList<>(s.tables());
        tables.add(formula);
        return new Report(r.period(), r.from(), r.to(), r.teams(), r.threshold(), r.generatedAt(),
                List.of(new ReportSection(s.key(), tables, s.warnings())));
    }
}
