package se.stegvis.participant;

import org.junit.jupiter.api.Test;
import se.stegvis.shared.DomainException.FieldProblem;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PathRulesTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    static ParticipantDetails details(int birthYear, PathDates path) {
        return new ParticipantDetails("A. B.", Gender.MAN, birthYear, Education.UNKNOWN, null, IncomeSource.NONE,
                Referrer.SELF, "Avesta", "sv", path);
    }

    static PathDates path(String referral, String visit, String queue, String enrol, String trialEnd, String exit) {
        return new PathDates(d(referral), d(visit), d(queue), d(enrol), d(trialEnd), d(exit));
    }

    static LocalDate d(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void aCompletePathInOrderIsFine() {
        var p = path("2025-01-01", "2025-01-10", "2025-01-20", "2025-02-01", "2025-04-01", "2025-06-01");
        assertThat(PathRules.check(details(1990, p), Set.of(Outcome.WORK, Outcome.STUDIES), TODAY)).isEmpty();
    }

    @Test
    void skippedStepsAreComparedWithTheLastStepReached() {
        var p = path("2025-01-01", null, "2024-12-31", "2025-02-01", null, null);
        assertThat(fields(PathRules.check(details(1990, p), Set.of(), TODAY)))
                .containsExactly("queueDate:participant.date.before-referral");
    }

    @Test
    void trialEndMayBeInTheFutureButEnrolmentMayNot() {
        var p = path("2025-01-01", null, null, "2025-06-16", "2025-08-16", null);
        assertThat(fields(PathRules.check(details(1990, p), Set.of(), TODAY)))
                .containsExactly("enrolmentDate:participant.date.future");
    }

    @Test
    void dropoutMayExitFromTheQueueButOtherOutcomesNeedEnrolment() {
        var p = path("2025-01-01", "2025-01-10", "2025-01-20", null, null, "2025-03-01");
        assertThat(PathRules.check(details(1990, p), Set.of(Outcome.DROPOUT), TODAY)).isEmpty();
        assertThat(fields(PathRules.check(details(1990, p), Set.of(Outcome.MEDICAL_REHAB), TODAY)))
                .containsExactly("exitDate:participant.exit.requires-enrolment");
    }

    @Test
    void dropoutFromTheQueueCannotPrecedeTheQueue() {
        var p = path("2025-01-01", "2025-01-10", "2025-01-20", null, null, "2025-01-15");
        assertThat(fields(PathRules.check(details(1990, p), Set.of(Outcome.DROPOUT), TODAY)))
                .containsExactly("exitDate:participant.date.before-queue");
    }

    @Test
    void ageIsCountedByBirthYearAtReferral() {
        var p = path("2025-01-01", null, null, null, null, null);
        assertThat(PathRules.check(details(2009, p), Set.of(), TODAY)).isEmpty();
        assertThat(PathRules.check(details(1961, p), Set.of(), TODAY)).isEmpty();
        assertThat(fields(PathRules.check(details(2010, p), Set.of(), TODAY)))
                .containsExactly("birthYear:participant.birth-year.age");
        assertThat(fields(PathRules.check(details(1960, p), Set.of(), TODAY)))
                .containsExactly("birthYear:participant.birth-year.age");
    }

    @Test
    void personalIdentityNumbersAreRefusedAsDisplayNames() {
        var p = path("2025-01-01", null, null, null, null, null);
        for (String name : List.of("850101-1234", "198501011234", "Anna 19850101-1234")) {
            var d = new ParticipantDetails(name, Gender.WOMAN, 1985, Education.UNKNOWN, null, IncomeSource.NONE,
                    Referrer.SELF, "Avesta", "sv", p);
            assertThat(fields(PathRules.check(d, Set.of(), TODAY)))
                    .containsExactly("displayName:participant.display-name.identity-number");
        }
    }
}
