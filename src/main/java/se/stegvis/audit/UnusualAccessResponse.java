package se.stegvis.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.stegvis.security.Role;
import se.stegvis.shared.Messages;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The unusual-access flag over a period (Swedish days, both ends included): every staff member who opened a
 * participant's record in the period, flagged ones first, with the counts the rule used and, when flagged,
 * the reason in the caller's language.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record UnusualAccessResponse(LocalDate from, LocalDate to, int outsideCaseloadPerDayThreshold,
                             List<StaffAccess> staff) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record StaffAccess(UUID staffId, @Nullable String staffName, @Nullable Role staffRole, int participantsOpened,
                       int outsideCaseload, boolean flagged, List<FlaggedDay> flaggedDays, @Nullable String reason) {
    }

    @Serdeable
    record FlaggedDay(LocalDate day, int outsideCaseload, int participantsOpened) {
    }

    static UnusualAccessResponse from(AccessReviewService.Flags flags, Messages messages, Locale locale) {
        return new UnusualAccessResponse(flags.from(), flags.to(), flags.threshold(), flags.staff().stream().map(s -> {
            UnusualAccessRule.Tally t = s.tally();
            String reason = null;
            if (t.flagged()) {
                UnusualAccessRule.FlaggedDay worst = t.worstDay();
                reason = messages.get(locale, "access-review.flag.reason", worst.outsideCaseload(),
                        worst.day().toString(), flags.threshold(), t.flaggedDays().size());
            }
            return new StaffAccess(t.staffId(), s.staffName(), s.staffRole(), t.participantsOpened(),
                    t.outsideCaseload(), t.flagged(), t.flaggedDays().stream()
                    .map(d -> new FlaggedDay(d.day(), d.outsideCaseload(), d.participantsOpened())).toList(), reason);
        }).toList());
    }
}
