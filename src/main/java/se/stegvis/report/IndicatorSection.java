package se.stegvis.report;

import jakarta.inject.Singleton;
import se.stegvis.response.IndicatorFigures;
import se.stegvis.response.IndicatorFigures.Cell;
import se.stegvis.response.IndicatorFigures.StatementCount;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The anonymous indicator questionnaires by gender: how many answered the start and the exit
 * questionnaire ({@code indicators.answers}), and per statement the share agreeing, separately for
 * start ({@code indicators.start}) and exit ({@code indicators.exit}). "Agreeing" is defined in
 * {@link IndicatorFigures} (4–5 on the 1–5 scale). An answer counts when its month (the only time
 * an anonymous answer keeps) lies in the period: from the month of the period's first day to the
 * month of its last. All teams in one read; nothing per person reaches this class.
 */
@Singleton
class IndicatorSection implements SectionSource {
    static final String KEY = "indicators";
    static final String ANSWERS = "indicators.answers";
    static final String START_ANSWERS = "indicators.startAnswers";
    static final String EXIT_ANSWERS = "indicators.exitAnswers";

    private final IndicatorFigures figures;

    IndicatorSection(IndicatorFigures figures) {
        this.figures = figures;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public int cost() {
        return 9;
    }

    @Override
    public Map<UUID, RawSection> raw(ReportRequest request) {
        IndicatorFigures.Figures f = figures.figures(request.associationId(), request.teamIds(),
                YearMonth.from(request.period().from()), YearMonth.from(request.period().to()));
        Map<UUID, RawSection> out = new LinkedHashMap<>();
        for (UUID team : request.teamIds()) {
            Map<String, Map<String, Cell>> byCode = f.byTeam().getOrDefault(team, Map.of());
            Map<String, Cell> start = byCode.getOrDefault(IndicatorFigures.START, Map.of());
            Map<String, Cell> exit = byCode.getOrDefault(IndicatorFigures.EXIT, Map.of());
            out.put(team, RawSection.of(answers(start, exit),
                    shares("indicators.start", f.statements().get(IndicatorFigures.START), start),
                    shares("indicators.exit", f.statements().get(IndicatorFigures.EXIT), exit)));
        }
        return out;
    }

    private static CountTable answers(Map<String, Cell> start, Map<String, Cell> exit) {
        CountTable.Builder b = CountTable.builder(ANSWERS, List.of(START_ANSWERS, EXIT_ANSWERS),
                GenderColumns.WITH_TOTAL);
        start.forEach((gender, cell) -> b.set(START_ANSWERS, gender, cell.answers()));
        exit.forEach((gender, cell) -> b.set(EXIT_ANSWERS, gender, cell.answers()));
        return b.totalColumn(GenderColumns.TOTAL).build();
    }

    /** One row per statement ({@code indicators.<itemKey>}), agreeing of those who took a stand, by gender and in total. */
    private static ShareTable shares(String key, List<String> statements, Map<String, Cell> byGender) {
        List<String> columns = GenderColumns.WITH_TOTAL;
        long[][] agreeing = new long[statements.size()][columns.size()];
        long[][] answered = new long[statements.size()][columns.size()];
        int total = columns.indexOf(GenderColumns.TOTAL);
        for (int r = 0; r < statements.size(); r++) {
            for (int c = 0; c < total; c++) {
                Cell cell = byGender.get(columns.get(c));
                StatementCount n = cell == null ? null : cell.statements().get(statements.get(r));
                if (n != null) {
                    agreeing[r][c] = n.agreeing();
                    answered[r][c] = n.answered();
                    agreeing[r][total] += n.agreeing();
                    answered[r][total] += n.answered();
                }
            }
        }
        return new ShareTable(key, statements.stream().map(s -> KEY + "." + s).toList(), columns, agreeing, answered);
    }
}
