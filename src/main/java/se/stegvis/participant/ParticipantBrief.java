package se.stegvis.participant;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The columns of a participant row that {@link ParticipantSummary} needs, read without the rest of
 * the row (education, income, referrer, municipality, language, times) by {@link ParticipantBriefRepository}.
 */
record ParticipantBrief(UUID id, UUID teamId, String displayName, Gender gender, int birthYear,
                        LocalDate referralDate, @Nullable LocalDate studyVisitDate,
                        @Nullable LocalDate queueDate, @Nullable LocalDate enrolmentDate,
                        @Nullable LocalDate trialEndDate, @Nullable LocalDate exitDate) {

    ParticipantSummary summary(LocalDate today) {
        return new ParticipantSummary(id, teamId, displayName, PathStage.of(new PathDates(referralDate,
                studyVisitDate, queueDate, enrolmentDate, trialEndDate, exitDate), today), gender, birthYear);
    }
}
