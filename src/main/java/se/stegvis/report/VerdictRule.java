package se.stegvis.report;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The verdict of a result against its target: result ÷ target compared with the association's limits,
 * each limit inclusive (result ÷ target exactly 1.00 is "God" under the defaults). Exact decimal
 * arithmetic: result ≥ limit × target, so no rounding decides a verdict. No verdict without a positive
 * target or without a result.
 */
final class VerdictRule {
    private VerdictRule() {
    }

    static Optional<Verdict> of(BigDecimal result, BigDecimal target, VerdictThresholds limits) {
        if (result == null || target == null || target.signum() <= 0) {
            return Optional.empty();
        }
        if (reaches(result, target, limits.veryGood())) {
            return Optional.of(Verdict.VERY_GOOD);
        }
        if (reaches(result, target, limits.good())) {
            return Optional.of(Verdict.GOOD);
        }
        if (reaches(result, target, limits.acceptable())) {
            return Optional.of(Verdict.ACCEPTABLE);
        }
        return Optional.of(Verdict.NOT_MET);
    }

    private static boolean reaches(BigDecimal result, BigDecimal target, BigDecimal limit) {
        return result.compareTo(limit.multiply(target)) >= 0;
    }
}
