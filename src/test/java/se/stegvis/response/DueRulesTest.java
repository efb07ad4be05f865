package se.stegvis.response;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DueRulesTest {
    @Test
    void defaultRulesAskForIndicatorsAtStartAndExitExitFeedbackAQuarterlyOrsAndTheScreeningTwiceAYear() {
        DueRules rules = new DueRules(DueRules.DEFAULT);
        assertThat(rules.at(DueReason.ENROLMENT)).extracting(DueRules.Rule::instrumentCode)
                .containsExactly("INDICATOR_START", "VIOLENCE_SCREENING");
        assertThat(rules.at(DueReason.EXIT)).extracting(DueRules.Rule::instrumentCode)
                .containsExactly("EXIT_FEEDBACK", "INDICATOR_EXIT");
        assertThat(rules.at(DueReason.PERIODIC)).containsExactly(new DueRules.Rule(DueReason.PERIODIC, 3, "ORS"),
                new DueRules.Rule(DueReason.PERIODIC, 6, "VIOLENCE_SCREENING"));
    }

    @Test
    void periodicDatesRunFromEnrolmentUntilExit() {
        LocalDate enrolment = LocalDate.of(2026, 1, 31);
        assertThat(DueRules.periodicDates(enrolment, LocalDate.of(2026, 10, 1), 3))
                .containsExactly(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 7, 31));
    }

    @Test
    void aDateOnTheExitDayIsNotDue() {
        LocalDate enrolment = LocalDate.of(2026, 1, 15);
        assertThat(DueRules.periodicDates(enrolment, LocalDate.of(2026, 4, 15), 3)).isEmpty();
    }

    @Test
    void withoutExitPeriodicDatesStopAtTheHorizon() {
        List<LocalDate> dates = DueRules.periodicDates(LocalDate.of(2026, 1, 1), null, 6);
        assertThat(dates).hasSize(DueRules.HORIZON_MONTHS / 6).last().isEqualTo(LocalDate.of(2028, 1, 1));
    }

    @Test
    void malformedRulesAreRefusedAtStartup() {
        assertThatThrownBy(() -> DueRules.parse("WEEKLY:ORS")).hasMessageContaining("EVERY_n_MONTHS");
        assertThatThrownBy(() -> DueRules.parse("ENROLMENT:ors")).hasMessageContaining("WHEN:INSTRUMENT_CODE");
        assertThatThrownBy(() -> DueRules.parse("EVERY_0_MONTHS:ORS")).isInstanceOf(IllegalArgumentException.class);
        assertThat(DueRules.parse(" ")).isEmpty();
    }
}
