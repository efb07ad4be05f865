package se.stegvis.participant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** A stored participant row. Never serialised: see {@link ParticipantResponse}. Timestamps are UTC. */
@MappedEntity("participant")
record Participant(@Id UUID id, UUID teamId, String displayName, Gender gender, int birthYear, Education education,
                   @Nullable Integer yearsInSupport, IncomeSource incomeBefore, Referrer referrer,
                   String homeMunicipality, LocalDate referralDate, @Nullable LocalDate studyVisitDate,
                   @Nullable LocalDate queueDate, @Nullable LocalDate enrolmentDate,
                   @Nullable LocalDate trialEndDate, @Nullable LocalDate exitDate,
                   @Nullable IncomeSource incomeAfter, String preferredLanguage, LocalDateTime createdAt,
                   LocalDateTime updatedAt, @Version int version) {

    PathDates path() {
        return new PathDates(referralDate, studyVisitDate, queueDate, enrolmentDate, trialEndDate, exitDate);
    }

    /** The same row with new details; id, team, exit and creation time are kept. */
    Participant with(ParticipantDetails d, LocalDateTime now, int expectedVersion) {
        PathDates p = d.path();
        return new Participant(id, teamId, d.displayName(), d.gender(), d.birthYear(), d.education(),
                d.yearsInSupport(), d.incomeBefore(), d.referrer(), d.homeMunicipality(), p.referralDate(),
                p.studyVisitDate(), p.queueDate(), p.enrolmentDate(), p.trialEndDate(), exitDate, incomeAfter,
                d.preferredLanguage(), createdAt, now, expectedVersion);
    }

    Participant exited(LocalDate exit, @Nullable IncomeSource after, LocalDateTime now, int expectedVersion) {
        return new Participant(id, teamId, displayName, gender, birthYear, education, yearsInSupport, incomeBefore,
                referrer, homeMunicipality, referralDate, studyVisitDate, queueDate, enrolmentDate, trialEndDate,
                exit, after, preferredLanguage, createdAt, now, expectedVersion);
    }

    Participant touched(LocalDateTime now) {
        return new Participant(id, teamId, displayName, gender, birthYear, education, yearsInSupport, incomeBefore,
                referrer, homeMunicipality, referralDate, studyVisitDate, queueDate, enrolmentDate, trialEndDate,
                exitDate, incomeAfter, preferredLanguage, createdAt, now, version);
    }
}
