package se.stegvis.fit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What clients send to the FIT API. */
final class FitRequests {
    private FitRequests() {
    }

    /** A meeting: INDIVIDUAL with one participant, or GROUP with its attendees; the caller is the coach unless named. */
    @Serdeable
    record CreateSessionRequest(@NotNull SessionKind kind, @NotNull LocalDate heldOn, @Nullable UUID coachId,
                                @NotEmpty @Size(max = SessionService.MAX_ATTENDEES) List<@NotNull UUID> participantIds,
                                @Nullable @Size(max = SessionService.MAX_TITLE) String title) {
        SessionService.NewSession toNew() {
            return new SessionService.NewSession(kind, heldOn, coachId, participantIds, title);
        }
    }

    /** A rating from a paper form, entered by the coach on the participant's behalf: item key → 0–10. */
    @Serdeable
    record PaperRatingRequest(@NotNull UUID participantId,
                              @NotBlank @Pattern(regexp = "ORS|SRS|SRS_GROUP") String instrumentCode,
                              @NotNull Map<String, Object> answers) {
    }

    /** Closing an alert: what the coach did or decided, in a few words. */
    @Serdeable
    record AcknowledgeAlertRequest(@NotBlank @Size(max = 500) String note) {
    }

    /** A team's FIT thresholds (defaults and meaning: {@link FitSettings}, docs/fit-trajectory.md). */
    @Serdeable
    record FitSettingsRequest(@NotNull @DecimalMin("0.0") @DecimalMax("40.0") BigDecimal cutoffAdult,
                              @NotNull @DecimalMin("0.0") @DecimalMax("40.0") BigDecimal cutoffYouth,
                              @NotNull @DecimalMin("0.0") @DecimalMax("40.0") BigDecimal cutoffChild,
                              @NotNull Boolean atCutoffCountsAsBelow,
                              @NotNull @DecimalMin("0.1") @DecimalMax("40.0") BigDecimal reliableChange,
                              @NotNull @DecimalMin("0.0") @DecimalMax("40.0") BigDecimal srsTotalAlertBelow,
                              @NotNull @DecimalMin("0.0") @DecimalMax("10.0") BigDecimal srsItemAlertBelow,
                              @NotNull @DecimalMin("0.1") @DecimalMax("40.0") BigDecimal srsDropAlert,
                              @NotNull @Min(2) @Max(50) Integer noChangeAfterSessions,
                              @NotNull @Min(1) @Max(90) Integer missingWindowDays,
                              @NotNull @Min(5) @Max(1000) Integer trajectoryMinParticipants,
                              @NotNull @Min(2) @Max(50) Integer groupMinAnswers) {
        FitSettings toSettings() {
            return new FitSettings(cutoffAdult, cutoffYouth, cutoffChild, atCutoffCountsAsBelow, reliableChange,
                    srsTotalAlertBelow, srsItemAlertBelow, srsDropAlert, noChangeAfterSessions, missingWindowDays,
                    trajectoryMinParticipants, groupMinAnswers);
        }
    }
}
