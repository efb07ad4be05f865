package se.stegvis.group;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The trial period cut into weeks counted from the enrolment date (week 1 is the enrolment day and
 * the six days after it, the last week ends on the trial end). A week is ATTENDED with at least one
 * group attendance in it, MISSED when it has ended without one, CURRENT while it runs without one
 * yet, UPCOMING after today. {@code warning} is true as soon as one week is missed, until the participant has
 * exited: then the weeks are history, and a warning would ask for action that can no longer be taken.
 */
@io.micronaut.serde.annotation.Serdeable
record TrialWeeks(@Nullable LocalDate enrolmentDate, @Nullable LocalDate trialEndDate, List<Week> weeks,
                  int missedWeeks, boolean warning) {

    enum WeekStatus { ATTENDED, MISSED, CURRENT, UPCOMING }

    @io.micronaut.serde.annotation.Serdeable
    record Week(int number, LocalDate from, LocalDate to, int attendances, WeekStatus status) {
    }

    static TrialWeeks of(@Nullable LocalDate enrolment, @Nullable LocalDate trialEnd, List<LocalDate> attended,
                         LocalDate today) {
        return of(enrolment, trialEnd, null, attended, today);
    }

    static TrialWeeks of(@Nullable LocalDate enrolment, @Nullable LocalDate trialEnd, @Nullable LocalDate exit,
                         List<LocalDate> attended, LocalDate today) {
        if (enrolment == null || trialEnd == null || trialEnd.isBefore(enrolment)) {
            return new TrialWeeks(enrolment, trialEnd, List.of(), 0, false);
        }
        List<Week> weeks = new ArrayList<>();
        int missed = 0;
        LocalDate from = enrolment;
        for (int n = 1; !from.isAfter(trialEnd); n++) {
            LocalDate to = from.plusDays(6).isAfter(trialEnd) ? trialEnd : from.plusDays(6);
            LocalDate f = from;
            int count = (int) attended.stream().filter(d -> !d.isBefore(f) && !d.isAfter(to)).count();
            WeekStatus status = count > 0 ? WeekStatus.ATTENDED : to.isBefore(today) ? WeekStatus.MISSED
                    : from.isAfter(today) ? WeekStatus.UPCOMING : WeekStatus.CURRENT;
            if (status == WeekStatus.MISSED) {
                missed++;
            }
            weeks.add(new Week(n, from, to, count, status));
            from = from.plusDays(7);
        }
        boolean exited = exit != null && !exit.isAfter(today);
        return new TrialWeeks(enrolment, trialEnd, weeks, missed, missed > 0 && !exited);
    }
}
