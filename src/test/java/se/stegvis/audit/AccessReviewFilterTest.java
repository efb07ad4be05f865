package se.stegvis.audit;

import org.junit.jupiter.api.Test;
import se.stegvis.shared.DomainException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The review's filter: Swedish calendar days as UTC bounds, and what a bad value is called. */
class AccessReviewFilterTest {

    @Test
    void aSummerPeriodStartsAndEndsAtSwedishMidnight() {
        AccessReviewFilter f = AccessReviewFilter.parse(null, "2026-07-01", "2026-07-31");

        assertThat(f.fromUtc()).isEqualTo(LocalDateTime.of(2026, 6, 30, 22, 0));
        assertThat(f.toUtcExclusive()).isEqualTo(LocalDateTime.of(2026, 7, 31, 22, 0));
    }

    @Test
    void aWinterDayIsOneHourFromUtc() {
        AccessReviewFilter f = AccessReviewFilter.parse(null, "2026-11-20", "2026-11-20");

        assertThat(f.fromUtc()).isEqualTo(LocalDateTime.of(2026, 11, 19, 23, 0));
        assertThat(f.toUtcExclusive()).isEqualTo(LocalDateTime.of(2026, 11, 20, 23, 0));
    }

    @Test
    void missingEndsMeanNoBound() {
        AccessReviewFilter f = AccessReviewFilter.parse(" ", null, "");

        assertThat(f.staffId()).isNull();
        assertThat(f.fromUtc()).isNull();
        assertThat(f.toUtcExclusive()).isNull();
    }

    @Test
    void theFlagPeriodDefaultsToTheLastThirtyDaysEndingToday() {
        LocalDate today = LocalDate.of(2026, 11, 24);

        AccessReviewFilter f = AccessReviewFilter.parse(null, null, null).withPeriod(today, 30);
        AccessReviewFilter onlyTo = AccessReviewFilter.parse(null, null, "2026-03-31").withPeriod(today, 30);

        assertThat(f.from()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(f.to()).isEqualTo(today);
        assertThat(onlyTo.from()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void everyBadValueIsNamedAtOnce() {
        assertThatThrownBy(() -> AccessReviewFilter.parse("anna", "2026-02-30", "igår"))
                .isInstanceOfSatisfying(AccessReviewInvalid.class, e -> assertThat(e.fieldProblems())
                        .extracting(DomainException.FieldProblem::field).containsExactly("staffId", "from", "to"));
    }

    @Test
    void theEndMayEqualTheStartButNotPrecedeIt() {
        assertThat(AccessReviewFilter.parse(UUID.randomUUID().toString(), "2026-03-01", "2026-03-01").from())
                .isEqualTo(LocalDate.of(2026, 3, 1));
        assertThatThrownBy(() -> AccessReviewFilter.parse(null, "2026-03-02", "2026-03-01"))
                .isInstanceOfSatisfying(AccessReviewInvalid.class, e -> assertThat(e.fieldProblems())
                        .singleElement().extracting(DomainException.FieldProblem::messageKey)
                        .isEqualTo("access-review.period.reversed"));
    }
}
