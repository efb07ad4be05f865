package se.stegvis.target;

import org.junit.jupiter.api.Test;
import se.stegvis.shared.DomainException.FieldProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TargetRulesTest {
    private static TargetRules.Entry e(String kind, String value) {
        return new TargetRules.Entry(kind, new BigDecimal(value));
    }

    @Test
    void validTargetsAreNormalisedCountsWholeSharesThreeDecimals() {
        List<FieldProblem> problems = new ArrayList<>();
        Map<TargetKind, BigDecimal> t = TargetRules.check(List.of(e("NEW_PARTICIPANTS", "20.0"),
                e("SHARE_WORK_OR_STUDIES", "0.35")), problems);
        assertThat(problems).isEmpty();
        assertThat(t.get(TargetKind.NEW_PARTICIPANTS).toPlainString()).isEqualTo("20");
        assertThat(t.get(TargetKind.SHARE_WORK_OR_STUDIES).toPlainString()).isEqualTo("0.350");
    }

    @Test
    void badTargetsAreNamedByTheirPlaceInTheList() {
        List<FieldProblem> problems = new ArrayList<>();
        TargetRules.check(List.of(e("NEW_PARTICIPANTS", "2.5"), e("SHARE_REACHED_GOAL", "1.5"), e("MORE_COFFEE", "1"),
                e("NEW_PARTICIPANTS", "3"), e("SHARE_WORK_OR_STUDIES", "0"), e("SHARE_WORK_OR_STUDIES", "0.3333")), problems);
        assertThat(problems).extracting(FieldProblem::field).containsExactly("targets[0].target", "targets[1].target",
                "targets[2].kind", "targets[3].kind", "targets[4].target", "targets[5].kind");
    }

    @Test
    void aWholeShareAndTheLargestCountAreAllowed() {
        assertThat(TargetRules.valid(TargetKind.SHARE_REACHED_GOAL, BigDecimal.ONE)).isTrue();
        assertThat(TargetRules.valid(TargetKind.NEW_PARTICIPANTS, BigDecimal.valueOf(100_000))).isTrue();
        assertThat(TargetRules.valid(TargetKind.NEW_PARTICIPANTS, BigDecimal.valueOf(100_001))).isFalse();
    }

    @Test
    void yearsOutsideTheRangeAreRefused() {
        assertThat(TargetRules.checkYear(1999)).extracting(FieldProblem::field).containsExactly("year");
        assertThat(TargetRules.checkYear(2025)).isEmpty();
    }
}
