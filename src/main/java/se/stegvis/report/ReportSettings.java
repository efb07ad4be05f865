package se.stegvis.report;

import java.util.List;

/**
 * How an association's reports are made. {@code threshold}: a published count from 1 to threshold − 1
 * shows as "&lt;threshold" (default 5, never below 3). {@code ageBands}: lower bounds of the age bands
 * outcomes are split by (default 16, 25, 35, 45, 55 — the bands anonymous answers are stored under).
 * {@code verdicts}: the limits of the target verdicts (default 1.10 / 1.00 / 0.85 of the target).
 * Stored per association (report_settings); {@link ReportSettingsRules} checks a change.
 */
public record ReportSettings(int threshold, List<Integer> ageBands, VerdictThresholds verdicts) {
    public static final int DEFAULT_THRESHOLD = 5;
    public static final int MIN_THRESHOLD = 3;
    public static final List<Integer> DEFAULT_AGE_BANDS = List.of(16, 25, 35, 45, 55);
    public static final ReportSettings DEFAULTS =
            new ReportSettings(DEFAULT_THRESHOLD, DEFAULT_AGE_BANDS, VerdictThresholds.DEFAULTS);

    public ReportSettings {
        if (threshold < MIN_THRESHOLD) {
            throw ReportInvalid.of("threshold", "report.settings.threshold", MIN_THRESHOLD);
        }
        ageBands = List.copyOf(ageBands);
        verdicts = verdicts == null ? VerdictThresholds.DEFAULTS : verdicts;
    }

    /** Settings with the default verdict limits. */
    public ReportSettings(int threshold, List<Integer> ageBands) {
        this(threshold, ageBands, VerdictThresholds.DEFAULTS);
    }

    /** The band label of an age, e.g. "25-34"; the last band is open ("55-"). */
    public String ageBand(int age) {
        int i = ageBands.size() - 1;
        while (i > 0 && age < ageBands.get(i)) {
            i--;
        }
        return i == ageBands.size() - 1 ? ageBands.get(i) + "-" : ageBands.get(i) + "-" + (ageBands.get(i + 1) - 1);
    }

    public List<String> ageBandLabels() {
        return ageBands.stream().map(this::ageBand).toList();
    }
}
