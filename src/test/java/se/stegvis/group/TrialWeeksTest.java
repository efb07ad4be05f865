package se.stegvis.group;

import org.junit.jupiter.api.Test;
import se.stegvis.group.TrialWeeks.WeekStatus;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrialWeeksTest {
    static final LocalDate ENROLLED = LocalDate.of(2026, 9, 1);
    static final LocalDate TRIAL_END = LocalDate.of(2026, 10, 31);

    @Test
    void weeksCountFromTheEnrolmentDayAndTheLastEndsOnTheTrialEnd() {
        TrialWeeks t = TrialWeeks.of(ENROLLED, TRIAL_END, List.of(), LocalDate.of(2026, 12, 1));
        assertThat(t.weeks()).hasSize(9);
        assertThat(t.weeks().get(0).from()).isEqualTo(ENROLLED);
        assertThat(t.weeks().get(0).to()).isEqualTo(ENROLLED.plusDays(6));
        assertThat(t.weeks().get(8).to()).isEqualTo(TRIAL_END);
    }

    @Test
    void aWeekThatEndedWithoutAttendanceIsMissedAndWarns() {
        LocalDate today = ENROLLED.plusDays(16);
        TrialWeeks t = TrialWeeks.of(ENROLLED, TRIAL_END, List.of(ENROLLED.plusDays(2), ENROLLED.plusDays(15)), today);
        assertThat(t.weeks().stream().limit(4).map(TrialWeeks.Week::status).toList())
                .containsExactly(WeekStatus.ATTENDED, WeekStatus.MISSED, WeekStatus.ATTENDED, WeekStatus.UPCOMING);
        assertThat(t.missedWeeks()).isEqualTo(1);
        assertThat(t.warning()).isTrue();
    }

    @Test
    void missedWeeksOfSomeoneWhoHasExitedAreHistoryWithoutAWarning() {
        LocalDate today = ENROLLED.plusDays(30);
        TrialWeeks exited = TrialWeeks.of(ENROLLED, TRIAL_END, ENROLLED.plusDays(20), List.of(), today);
        assertThat(exited.missedWeeks()).isPositive();
        assertThat(exited.warning()).isFalse();
        assertThat(TrialWeeks.of(ENROLLED, TRIAL_END, today.plusDays(3), List.of(), today).warning())
                .as("an exit still ahead").isTrue();
    }

    @Test
    void theRunningWeekWithoutAttendanceYetIsCurrentNotMissed() {
        LocalDate today = ENROLLED.plusDays(10);
        TrialWeeks t = TrialWeeks.of(ENROLLED, TRIAL_END, List.of(ENROLLED), today);
        assertThat(t.weeks().get(1).status()).isEqualTo(WeekStatus.CURRENT);
        assertThat(t.warning()).isFalse();
    }

    @Test
    void attendanceOutsideTheTrialDoesNotCountAndNoEnrolmentMeansNoWeeks() {
        TrialWeeks t = TrialWeeks.of(ENROLLED, TRIAL_END, List.of(ENROLLED.minusDays(1), TRIAL_END.plusDays(1)),
                LocalDate.of(2027, 1, 1));
        assertThat(t.missedWeeks()).isEqualTo(9);
        assertThat(TrialWeeks.of(null, null, List.of(), ENROLLED).weeks()).isEmpty();
    }
}
