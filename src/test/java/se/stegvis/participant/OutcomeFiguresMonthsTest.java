package se.stegvis.participant;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Throughput months: whole days between enrolment and exit divided by the mean Gregorian month, 30.4375 days. */
class OutcomeFiguresMonthsTest {
    private static double months(String enrolment, String exit) {
        return OutcomeFigures.months(LocalDate.parse(enrolment), LocalDate.parse(exit));
    }

    @Test
    void anExitOnTheDayOfEnrolmentIsZeroMonths() {
        assertThat(months("2025-03-01", "2025-03-01")).isZero();
    }

    @Test
    void fourCalendarYearsAreExactlyFortyEightMonths() {
        assertThat(months("2021-01-01", "2025-01-01")).isEqualTo(48.0);   // 1461 days
    }

    @Test
    void aLeapYearIsALittleMoreThanTwelveMonthsAndACommonYearALittleLess() {
        assertThat(months("2024-01-01", "2025-01-01")).isCloseTo(366 / 30.4375, within(1e-12)).isGreaterThan(12);
        assertThat(months("2025-01-01", "2026-01-01")).isCloseTo(365 / 30.4375, within(1e-12)).isLessThan(12);
    }

    @Test
    void monthsCountDaysNotCalendarMonths() {
        // February and March 2025 are one calendar month each, but 28 and 31 days.
        assertThat(months("2025-02-01", "2025-03-01")).isCloseTo(0.92, within(0.005));
        assertThat(months("2025-03-01", "2025-04-01")).isCloseTo(1.02, within(0.005));
    }
}
