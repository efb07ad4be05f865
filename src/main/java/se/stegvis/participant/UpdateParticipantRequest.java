package se.stegvis.participant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The participant's background variables and path dates as they should be now (a full
 * replacement), with the {@code version} last read: a stale version answers 409. Every background
 * variable that changes is kept in the participant's background history with who, when and the
 * optional {@code correctionReason} (why; at most 500 characters).
 */
@Serdeable
public record UpdateParticipantRequest(@NotBlank @Size(max = 100) String displayName, @NotNull Gender gender,
                                       @NotNull @Min(1900) @Max(2100) Integer birthYear,
                                       @NotNull Education education,
                                       @Nullable @Min(0) @Max(60) Integer yearsInSupport,
                                       @NotNull IncomeSource incomeBefore, @NotNull Referrer referrer,
                                       @NotBlank @Size(max = 100) String homeMunicipality,
                                       @Nullable @Pattern(regexp = "sv|en|ar") String preferredLanguage,
                                       @NotNull LocalDate referralDate, @Nullable LocalDate studyVisitDate,
                                       @Nullable LocalDate queueDate, @Nullable LocalDate enrolmentDate,
                                       @Nullable LocalDate trialEndDate, @NotNull Integer version,
                                       @Nullable @Size(max = 500) String correctionReason) {

    ParticipantDetails details() {
        return new ParticipantDetails(displayName, gender, birthYear, education, yearsInSupport, incomeBefore,
                referrer, homeMunicipality, preferredLanguage,
                new PathDates(referralDate, studyVisitDate, queueDate, enrolmentDate, trialEndDate, null));
    }
}
