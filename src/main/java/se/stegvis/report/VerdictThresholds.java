package se.stegvis.report;

import java.math.BigDecimal;

/**
 * The limits of the verdicts, as result ÷ target: at least {@code veryGood} is "Mycket god", at least
 * {@code good} "God", at least {@code acceptable} "Godtagbar", below it "Ej uppfylld". Defaults
 * 1.10 / 1.00 / 0.85 (docs/reports-targets.md): reaching the target is good, a tenth above it very good,
 * missing it by up to 15 % still acceptable.
 */
public record VerdictThresholds(BigDecimal veryGood, BigDecimal good, BigDecimal acceptable) {
    public static final VerdictThresholds DEFAULTS =
            new VerdictThresholds(new BigDecimal("1.10"), new BigDecimal("1.00"), new BigDecimal("0.85"));
}
