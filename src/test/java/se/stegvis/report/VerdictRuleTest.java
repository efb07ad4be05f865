package se.stegvis.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The verdict rule on its own: each limit inclusive, exact decimals, no verdict without a target. */
class VerdictRuleTest {
    private static final VerdictThresholds DEFAULTS = VerdictThresholds.DEFAULTS;

    private static Verdict verdict(String result, String target) {
        return VerdictRule.of(new BigDecimal(result), new BigDecimal(target), DEFAULTS).orElseThrow();
    }

    @Test
    void exactlyTheVeryGoodLimitIsVeryGood() {
        assertThat(verdict("22", "20")).isEqualTo(Verdict.VERY_GOOD);
        assertThat(verdict("0.385", "0.35")).isEqualTo(Verdict.VERY_GOOD);
    }

    @Test
    void justBelowTheVeryGoodLimitIsGood() {
        assertThat(verdict("21.999", "20")).isEqualTo(Verdict.GOOD);
        assertThat(verdict("0.384", "0.35")).isEqualTo(Verdict.GOOD);
    }

    @Test
    void reachingTheTargetExactlyIsGood() {
        assertThat(verdict("20", "20")).isEqualTo(Verdict.GOOD);
        assertThat(verdict("0.350", "0.35")).isEqualTo(Verdict.GOOD);
    }

    @Test
    void justMissingTheTargetIsAcceptable() {
        assertThat(verdict("19", "20")).isEqualTo(Verdict.ACCEPTABLE);
        assertThat(verdict("0.349", "0.35")).isEqualTo(Verdict.ACCEPTABLE);
    }

    @Test
    void exactlyTheAcceptableLimitIsAcceptableAndJustBelowIsNotMet() {
        assertThat(verdict("17", "20")).isEqualTo(Verdict.ACCEPTABLE);
        assertThat(verdict("16.99", "20")).isEqualTo(Verdict.NOT_MET);
        assertThat(verdict("16", "20")).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void aResultOfZeroIsNotMet() {
        assertThat(verdict("0", "5")).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void theAssociationsOwnLimitsDecide() {
        VerdictThresholds strict = new VerdictThresholds(new BigDecimal("1.50"), new BigDecimal("1.20"),
                new BigDecimal("1.00"));
        assertThat(VerdictRule.of(new BigDecimal("20"), new BigDecimal("20"), strict)).contains(Verdict.ACCEPTABLE);
        assertThat(VerdictRule.of(new BigDecimal("24"), new BigDecimal("20"), strict)).contains(Verdict.GOOD);
        assertThat(VerdictRule.of(new BigDecimal("30"), new BigDecimal("20"), strict)).contains(Verdict.VERY_GOOD);
        assertThat(VerdictRule.of(new BigDecimal("19"), new BigDecimal("20"), strict)).contains(Verdict.NOT_MET);
    }

    @Test
    void noTargetOrNoResultGivesNoVerdict() {
        assertThat(VerdictRule.of(new BigDecimal("3"), null, DEFAULTS)).isEmpty();
        assertThat(VerdictRule.of(new BigDecimal("3"), BigDecimal.ZERO, DEFAULTS)).isEmpty();
        assertThat(VerdictRule.of(null, new BigDecimal("3"), DEFAULTS)).isEmpty();
    }

    @Test
    void aHiddenResultGetsAHiddenVerdictEvenWhenTheRuleCouldJudgeIt() {
        Figure verdict = TargetsSection.verdict(Figure.hidden(Figure.Kind.COUNT), new BigDecimal("2"), DEFAULTS);
        assertThat(verdict.suppressed()).isTrue();
        assertThat(verdict.text()).isNull();
        Figure shown = TargetsSection.verdict(Figure.count(2), new BigDecimal("2"), DEFAULTS);
        assertThat(shown.suppressed()).isFalse();
        assertThat(shown.text()).isEqualTo("report.verdict.GOOD");
    }

    @Test
    void anEmptyShareGetsNoVerdict() {
        Figure verdict = TargetsSection.verdict(Figure.none(Figure.Kind.SHARE), new BigDecimal("0.5"), DEFAULTS);
        assertThat(verdict.suppressed()).isFalse();
        assertThat(verdict.text()).isNull();
    }
}
