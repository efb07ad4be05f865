package se.stegvis.participant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The columns of a participant row that {@link ParticipantSummary} needs, read without the rest of
 * the row (education, income, referrer, municipality, language, times): a participant's own requests
 * read it on every submission, and mapping the whole row was most of that read's cost. Mapped as an
 * entity of its own (read only, through {@link ParticipantBriefRepository}) rather than as a DTO
 * projection of {@link Participant}: Micronaut Data builds a DTO's mapping metadata anew on every
 * query, an entity's once (about 4 % of a submission's server CPU, bench/submit.sh).
 */
@MappedEntity("participant")
record ParticipantBrief(@Id UUID id, UUID teamId, String displayName, Gender gender, int birthYear,
                        LocalDate referralDate, @Nullable LocalDate studyVisitDate,
                        @Nullable LocalDate queueDate, @Nullable LocalDate enrolmentDate,
                        @Nullable LocalDate trialEndDate, @Nullable LocalDate exitDate) {

    ParticipantSummary summary(LocalDate today) {
        return new ParticipantSummary(id, teamId, displayName, PathStage.of(new PathDates(referralDate,
                studyVisitDate, queueDate, enrolmentDate, trialEndDate, exitDate), today), gender, birthYear);
    }
}
