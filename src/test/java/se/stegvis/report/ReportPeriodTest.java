package se.stegvis.report;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportPeriodTest {

    @Test
    void aYearRunsFromNewYearToNewYearsEve() {
        ReportPeriod p = ReportPeriod.parse("2025");
        assertThat(p.from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(p.to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(p.label()).isEqualTo("2025");
    }

    @Test
    void halfYearsSplitAtJuly() {
        assertThat(ReportPeriod.parse("2024-H1").to()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(ReportPeriod.parse("2024-H2").from()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(ReportPeriod.parse("2024-H2").to()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void aRangeOfWholeMonthsIsInclusive() {
        ReportPeriod p = ReportPeriod.parse("2025-03-01..2025-04-30");
        assertThat(p.contains(LocalDate.of(2025, 3, 1))).isTrue();
        assertThat(p.contains(LocalDate.of(2025, 4, 30))).isTrue();
        assertThat(p.contains(LocalDate.of(2025, 5, 1))).isFalse();
        assertThat(p.contains(LocalDate.of(2025, 2, 28))).isFalse();
    }

    @Test
    void aRangeThatDoesNotCoverWholeMonthsIsRefusedSoTwoReportsCannotDifferByADay() {
        assertThatThrownBy(() -> ReportPeriod.parse("2025-03-15..2025-04-30")).isInstanceOf(ReportInvalid.class);
        assertThatThrownBy(() -> ReportPeriod.parse("2025-01-01..2025-12-30")).isInstanceOf(ReportInvalid.class);
        assertThat(ReportPeriod.parse("2024-02-01..2024-02-29").to()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void rollingTwelveMonthsEndWithTheNamedMonth() {
        ReportPeriod p = ReportPeriod.parse("R12-2025-02");
        assertThat(p.from()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(p.to()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void rollingWindowsStepOneMonthOldestFirst() {
        var windows = ReportPeriod.rollingWindows(YearMonth.of(2025, 12), 3);
        assertThat(windows).extracting(ReportPeriod::label).containsExactly("R12-2025-10", "R12-2025-11", "R12-2025-12");
        assertThat(windows.get(0).from()).isEqualTo(LocalDate.of(2024, 11, 1));
    }

    @Test
    void unreadableOrReversedPeriodsAreInvalidNotErrors() {
        assertThatThrownBy(() -> ReportPeriod.parse("last year")).isInstanceOf(ReportInvalid.class);
        assertThatThrownBy(() -> ReportPeriod.parse("2025-13-01..2025-12-31")).isInstanceOf(ReportInvalid.class);
        assertThatThrownBy(() -> ReportPeriod.parse("2025-H3")).isInstanceOf(ReportInvalid.class);
        assertThatThrownBy(() -> ReportPeriod.parse("2025-05-01..2025-04-30")).isInstanceOf(ReportInvalid.class);
        assertThatThrownBy(() -> ReportPeriod.parse("2000-01-01..2025-01-01")).isInstanceOf(ReportInvalid.class);
        assertThatThrownBy(() -> ReportPeriod.parse(null)).isInstanceOf(ReportInvalid.class);
    }

    @Test
    void ageBandsFollowTheSettingsAndTheLastIsOpen() {
        ReportSettings s = ReportSettings.DEFAULTS;
        assertThat(s.ageBand(16)).isEqualTo("16-24");
        assertThat(s.ageBand(24)).isEqualTo("16-24");
        assertThat(s.ageBand(25)).isEqualTo("25-34");
        assertThat(s.ageBand(64)).isEqualTo("55-");
        assertThat(s.ageBand(15)).isEqualTo("16-24");
        assertThat(new ReportSettings(5, java.util.List.of(18, 30)).ageBandLabels()).containsExactly("18-29", "30-");
    }

    @Test
    void aThresholdBelowThreeIsRefused() {
        assertThatThrownBy(() -> new ReportSettings(2, ReportSettings.DEFAULT_AGE_BANDS))
                .isInstanceOf(ReportInvalid.class);
    }
}
