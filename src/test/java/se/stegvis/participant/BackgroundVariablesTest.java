package se.stegvis.participant;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class BackgroundVariablesTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 9, 0);

    static Participant participant(String name, Gender gender, Integer yearsInSupport, IncomeSource after,
                                   LocalDate enrolment) {
        return new Participant(UUID.fromString("00000000-0000-4000-8000-000000000001"),
                UUID.fromString("00000000-0000-4000-8000-000000000002"), name, gender, 1985, Education.UPPER_SECONDARY,
                yearsInSupport, IncomeSource.SJUKPENNING, Referrer.FORSAKRINGSKASSAN, "Norberg",
                LocalDate.of(2026, 1, 10), null, null, enrolment, null, null, after, "sv", NOW, NOW, 3);
    }

    @Test
    void nameAndPathDatesAreNoBackgroundDifference() {
        Participant before = participant("A. B.", Gender.WOMAN, 4, null, null);
        Participant after = participant("Anna B.", Gender.WOMAN, 4, null, LocalDate.of(2026, 2, 1));

        assertThat(BackgroundVariables.differences(before, after)).isEmpty();
    }

    @Test
    void eachChangedVariableIsOneDifferenceWithCodesAndNumbersAsTextAndNullWhenNotRecorded() {
        Participant before = participant("A. B.", Gender.WOMAN, 4, null, null);
        Participant after = participant("A. B.", Gender.OTHER_UNKNOWN, null, IncomeSource.SALARY, null);

        assertThat(BackgroundVariables.differences(before, after))
                .extracting(BackgroundVariables.Difference::field, BackgroundVariables.Difference::oldValue,
                        BackgroundVariables.Difference::newValue)
                .containsExactly(tuple("gender", "WOMAN", "OTHER_UNKNOWN"), tuple("yearsInSupport", "4", null),
                        tuple("incomeAfter", null, "SALARY"));
    }
}
