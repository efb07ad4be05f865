package se.stegvis.report;

import se.stegvis.shared.DomainException.FieldProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What an association may set its report settings to. Pure: every problem at once, as field problems.
 * The threshold is never below 3 (issue 8) and at most 100; 1 to 10 age bands with rising lower
 * bounds from 0 to 99; verdict limits from 0.01 to 9.99, two decimals, very good above good above
 * acceptable (otherwise a verdict could never be reached, or two would overlap).
 */
final class ReportSettingsRules {
    static final int MAX_THRESHOLD = 100;
    static final int MAX_AGE_BANDS = 10;
    static final int MAX_AGE = 99;
    static final BigDecimal MIN_LIMIT = new BigDecimal("0.01");
    static final BigDecimal MAX_LIMIT = new BigDecimal("9.99");

    private ReportSettingsRules() {
    }

    static List<FieldProblem> check(int threshold, List<Integer> ageBands, VerdictThresholds v) {
        List<FieldProblem> problems = new ArrayList<>();
        if (threshold < ReportSettings.MIN_THRESHOLD || threshold > MAX_THRESHOLD) {
            problems.add(new FieldProblem("threshold", "report.settings.threshold-range",
                    ReportSettings.MIN_THRESHOLD, MAX_THRESHOLD));
        }
        checkAgeBands(problems, ageBands);
        limit(problems, "verdicts.veryGood", v.veryGood());
        limit(problems, "verdicts.good", v.good());
        limit(problems, "verdicts.acceptable", v.acceptable());
        if (problems.stream().noneMatch(p -> p.field().startsWith("verdicts"))
                && (v.veryGood().compareTo(v.good()) <= 0 || v.good().compareTo(v.acceptable()) <= 0)) {
            problems.add(new FieldProblem("verdicts", "report.settings.verdicts-order"));
        }
        return problems;
    }

    private static void checkAgeBands(List<FieldProblem> problems, List<Integer> bands) {
        if (bands.isEmpty() || bands.size() > MAX_AGE_BANDS) {
            problems.add(new FieldProblem("ageBands", "report.settings.age-bands-count", 1, MAX_AGE_BANDS));
            return;
        }
        for (int i = 0; i < bands.size(); i++) {
            Integer b = bands.get(i);
            if (b == null || b < 0 || b > MAX_AGE) {
                problems.add(new FieldProblem("ageBands[" + i + "]", "report.settings.age-band-range", 0, MAX_AGE));
            } else if (i > 0 && bands.get(i - 1) != null && b <= bands.get(i - 1)) {
                problems.add(new FieldProblem("ageBands[" + i + "]", "report.settings.age-bands-order"));
            }
        }
    }

    private static void limit(List<FieldProblem> problems, String field, BigDecimal value) {
        if (value == null || value.compareTo(MIN_LIMIT) < 0 || value.compareTo(MAX_LIMIT) > 0
                || value.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(field, "report.settings.verdict-range", MIN_LIMIT, MAX_LIMIT));
        }
    }
}
