package se.stegvis.audit;

import io.micronaut.core.annotation.Nullable;
import se.stegvis.shared.DomainException.FieldProblem;
import se.stegvis.shared.TimeFactory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the reviewer asked for: one staff member or all, and a period of Swedish calendar days, both ends
 * included. Parsed here (not by the framework) so a bad value gets a message that says what to write.
 */
record AccessReviewFilter(@Nullable UUID staffId, @Nullable LocalDate from, @Nullable LocalDate to) {

    static AccessReviewFilter parse(@Nullable String staffId, @Nullable String from, @Nullable String to) {
        List<FieldProblem> problems = new ArrayList<>();
        UUID staff = null;
        if (staffId != null && !staffId.isBlank()) {
            try {
                staff = UUID.fromString(staffId.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("staffId", "access-review.staff.unknown"));
            }
        }
        LocalDate f = date("from", from, problems);
        LocalDate t = date("to", to, problems);
        if (f != null && t != null && t.isBefore(f)) {
            problems.add(new FieldProblem("to", "access-review.period.reversed"));
        }
        if (!problems.isEmpty()) {
            throw new AccessReviewInvalid(problems);
        }
        return new AccessReviewFilter(staff, f, t);
    }

    /** The first UTC instant of {@code from}'s Swedish day, or null for "since the beginning". */
    @Nullable
    LocalDateTime fromUtc() {
        return from == null ? null : utc(from);
    }

    /** The first UTC instant after {@code to}'s Swedish day (exclusive), or null for "until now". */
    @Nullable
    LocalDateTime toUtcExclusive() {
        return to == null ? null : utc(to.plusDays(1));
    }

    /** The same filter with both ends set, a default period ending today when ends are missing. */
    AccessReviewFilter withPeriod(LocalDate today, int defaultDays) {
        LocalDate t = to != null ? to : (from != null && from.isAfter(today) ? from : today);
        LocalDate f = from != null ? from : t.minusDays(defaultDays - 1L);
        return new AccessReviewFilter(staffId, f, t);
    }

    /** For the audit row of an export: what was asked, short enough for detail (200 characters). */
    String describe() {
        return "staff=" + (staffId == null ? "all" : staffId) + ";from=" + (from == null ? "" : from)
                + ";to=" + (to == null ? "" : to);
    }

    private static LocalDateTime utc(LocalDate day) {
        return day.atStartOfDay(TimeFactory.SWEDEN).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    @Nullable
    private static LocalDate date(String field, @Nullable String value,
                                  List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "access-review.date.invalid", value.strip()));
            return null;
        }
    }
}
