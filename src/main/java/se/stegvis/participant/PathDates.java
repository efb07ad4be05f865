package se.stegvis.participant;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * The dates of a participant's path. Only the referral is required; a participant may skip the
 * study visit or the queue. The exit date is set by the exit command only.
 */
public record PathDates(LocalDate referralDate, @Nullable LocalDate studyVisitDate, @Nullable LocalDate queueDate,
                        @Nullable LocalDate enrolmentDate, @Nullable LocalDate trialEndDate,
                        @Nullable LocalDate exitDate) {

    PathDates withTrialEnd(LocalDate trialEnd) {
        return new PathDates(referralDate, studyVisitDate, queueDate, enrolmentDate, trialEnd, exitDate);
    }

    PathDates withExit(LocalDate exit) {
        return new PathDates(referralDate, studyVisitDate, queueDate, enrolmentDate, trialEndDate, exit);
    }
}
