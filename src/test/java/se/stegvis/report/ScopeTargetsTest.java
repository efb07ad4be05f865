package se.stegvis.report;

import org.junit.jupiter.api.Test;
import se.stegvis.target.TargetKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How team targets become the scope's: sums and plain means, count targets pro rata within the year. */
class ScopeTargetsTest {
    private static final ReportPeriod YEAR = ReportPeriod.year(2025);

    @Test
    void countTargetsOfSeveralTeamsAddUp() {
        assertThat(ScopeTargets.combine(TargetKind.NEW_PARTICIPANTS, List.of(new BigDecimal("20"), new BigDecimal("15")),
                YEAR)).isEqualByComparingTo("35");
    }

    @Test
    void shareTargetsOfSeveralTeamsAreThePlainMean() {
        assertThat(ScopeTargets.combine(TargetKind.SHARE_WORK_OR_STUDIES,
                List.of(new BigDecimal("0.35"), new BigDecimal("0.30"), new BigDecimal("0.40")), YEAR))
                .isEqualByComparingTo("0.350");
        assertThat(ScopeTargets.combine(TargetKind.SHARE_REACHED_GOAL,
                List.of(new BigDecimal("0.5"), new BigDecimal("0.6")), ReportPeriod.half(2025, 1)))
                .as("a share target is not scaled").isEqualByComparingTo("0.550");
    }

    @Test
    void aHalfYearGetsItsShareOfAYearlyCountTarget() {
        // 181 of 365 days: 20 x 181 / 365 = 9.92 -> 10
        assertThat(ScopeTargets.scaled(new BigDecimal("20"), ReportPeriod.half(2025, 1))).isEqualByComparingTo("10");
        assertThat(ScopeTargets.scaled(new BigDecimal("20"), YEAR)).isEqualByComparingTo("20");
    }

    @Test
    void aShortPeriodKeepsAtLeastOnePerson() {
        assertThat(ScopeTargets.scaled(new BigDecimal("3"), new ReportPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2), "two days")))
                .isEqualByComparingTo("1");
    }
}
