package se.stegvis.report;

import org.junit.jupiter.api.Test;
import se.stegvis.shared.DomainException.FieldProblem;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportSettingsRulesTest {
    private static List<String> fields(int threshold, List<Integer> bands, String veryGood, String good, String acceptable) {
        return ReportSettingsRules.check(threshold, bands, new VerdictThresholds(new BigDecimal(veryGood),
                new BigDecimal(good), new BigDecimal(acceptable))).stream().map(FieldProblem::field).toList();
    }

    @Test
    void theDefaultsPass() {
        VerdictThresholds d = VerdictThresholds.DEFAULTS;
        assertThat(ReportSettingsRules.check(5, ReportSettings.DEFAULT_AGE_BANDS, d)).isEmpty();
    }

    @Test
    void theThresholdIsNeverBelowThree() {
        assertThat(fields(2, List.of(16), "1.1", "1", "0.85")).containsExactly("threshold");
        assertThat(fields(3, List.of(16), "1.1", "1", "0.85")).isEmpty();
        assertThat(fields(101, List.of(16), "1.1", "1", "0.85")).containsExactly("threshold");
    }

    @Test
    void ageBandsMustRise() {
        assertThat(fields(5, List.of(16, 25, 25, 30), "1.1", "1", "0.85")).containsExactly("ageBands[2]");
        assertThat(fields(5, List.of(), "1.1", "1", "0.85")).containsExactly("ageBands");
        assertThat(fields(5, List.of(16, 120), "1.1", "1", "0.85")).containsExactly("ageBands[1]");
    }

    @Test
    void verdictLimitsMustFallFromVeryGoodToAcceptable() {
        assertThat(fields(5, List.of(16), "1.0", "1.0", "0.85")).containsExactly("verdicts");
        assertThat(fields(5, List.of(16), "1.1", "0.8", "0.85")).containsExactly("verdicts");
        assertThat(fields(5, List.of(16), "1.1", "1", "0")).containsExactly("verdicts.acceptable");
        assertThat(fields(5, List.of(16), "1.105", "1", "0.85")).containsExactly("verdicts.veryGood");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(fields(1, List.of(30, 20), "1", "1", "1")).containsExactly("threshold", "ageBands[1]", "verdicts");
    }
}
