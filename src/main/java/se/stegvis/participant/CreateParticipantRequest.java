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
import java.util.List;
import java.util.UUID;

/**
 * A new participant. {@code displayName} is a pseudonym or initials chosen by the coach, never a
 * personal identity number. {@code trialEndDate} defaults to enrolment + the team's trial period.
 * {@code coachIds} defaults to the creating staff member.
 */
@Serdeable
public record CreateParticipantRequest(@NotBlank @Size(max = 100) String displayName, @NotNull Gender gender,
                                       @NotNull @Min(1900) @Max(2100) Integer birthYear,
                                       @NotNull Education education,
                                       @Nullable @Min(0) @Max(60) Integer yearsInSupport,
                                       @NotNull IncomeSource incomeBefore, @NotNull Referrer referrer,
                                       @NotBlank @Size(max = 100) String homeMunicipality,
                                       @Nullable @Pattern(regexp = "sv|en|ar") String preferredLanguage,
                                       @NotNull LocalDate referralDate, @Nullable LocalDate studyVisitDate,
                                       @Nullable LocalDate queueDate, @Nullable LocalDate enrolmentDate,
                                       @Nullable LocalDate trialEndDate, @Nullable List<UUID> coachIds) {

    ParticipantDetails details() {
        return new ParticipantDetails(displayName, gender, birthYear, education, yearsInSupport, incomeBefore,
                referrer, homeMunicipality, preferredLanguage,
                new PathDates(referralDate, studyVisitDate, queueDate, enrolmentDate, trialEndDate, null));
    }
}
