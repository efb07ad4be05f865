package se.stegvis.participant;

import java.time.LocalDate;

/**
 * Where a participant is on the path, derived from the path dates (never stored, so it cannot
 * disagree with them): the latest step reached wins; enrolled participants are in TRIAL until
 * the trial period ends.
 */
public enum PathStage {
    REFERRED, STUDY_VISIT, QUEUED, TRIAL, ENROLLED, EXITED;

    static PathStage of(PathDates d, LocalDate today) {
        if (d.exitDate() != null) {
            return EXITED;
        }
        if (d.enrolmentDate() != null) {
            return d.trialEndDate() != null && today.isAfter(d.trialEndDate()) ? ENROLLED : TRIAL;
        }
        if (d.queueDate() != null) {
            return QUEUED;
        }
        return d.studyVisitDate() != null ? STUDY_VISIT : REFERRED;
    }
}
