package se.stegvis.participant;

import se.stegvis.shared.DomainException.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules that keep a participant's path possible. Pure: give it the facts and today's date,
 * get back every field problem at once (so a coach can fix them all in one go).
 *
 * <p>Decisions:
 * <ul>
 *   <li>Only the referral date is required; the study visit and the queue may be skipped, so each
 *       date is compared with the latest earlier date that is present.</li>
 *   <li>Planned dates (trial end) may lie in the future; dates of things that happened may not.</li>
 *   <li>An exit normally requires enrolment. The one exception is a dropout-only exit: a person
 *       can withdraw after the study visit or while waiting in the queue, and the flow report must
 *       still see that exit. Such an exit may not precede the last step reached.</li>
 *   <li>Age is counted by birth year only (the birth date is never stored): referral year minus
 *       birth year must be 16–64.</li>
 * </ul>
 */
final class PathRules {
    static final int MIN_AGE = 16;
    static final int MAX_AGE = 64;
    /** Swedish personal identity or coordination numbers: YYMMDD-NNNN, YYYYMMDDNNNN and the like. */
    private static final Pattern IDENTITY_NUMBER = Pattern.compile(".*\\d{6}([0-9]{2})?\\s*[-+]?\\s*\\d{4}.*");

    private PathRules() {
    }

    /** Problems with the details as recorded by a coach; {@code outcomes} are the exit's, if exited. */
    static List<FieldProblem> check(ParticipantDetails d, Set<Outcome> outcomes, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.displayName() != null && IDENTITY_NUMBER.matcher(d.displayName()).matches()) {
            problems.add(new FieldProblem("displayName", "participant.display-name.identity-number"));
        }
        PathDates p = d.path();
        if (p.referralDate() != null) {
            int age = p.referralDate().getYear() - d.birthYear();
            if (age < MIN_AGE || age > MAX_AGE) {
                problems.add(new FieldProblem("birthYear", "participant.birth-year.age", MIN_AGE, MAX_AGE));
            }
        }
        notFuture(problems, "referralDate", p.referralDate(), today);
        notFuture(problems, "studyVisitDate", p.studyVisitDate(), today);
        notFuture(problems, "queueDate", p.queueDate(), today);
        notFuture(problems, "enrolmentDate", p.enrolmentDate(), today);
        notFuture(problems, "exitDate", p.exitDate(), today);

        Step last = new Step("referral", p.referralDate());
        last = inOrder(problems, last, "studyVisitDate", "study-visit", p.studyVisitDate());
        last = inOrder(problems, last, "queueDate", "queue", p.queueDate());
        last = inOrder(problems, last, "enrolmentDate", "enrolment", p.enrolmentDate());
        if (p.trialEndDate() != null && p.enrolmentDate() == null) {
            problems.add(new FieldProblem("trialEndDate", "participant.trial-end.requires-enrolment"));
        } else if (p.trialEndDate() != null && p.trialEndDate().isBefore(p.enrolmentDate())) {
            problems.add(new FieldProblem("trialEndDate", "participant.date.before-enrolment"));
        }
        if (p.exitDate() != null) {
            checkExit(problems, p, last, outcomes);
        }
        return problems;
    }

    private static void checkExit(List<FieldProblem> problems, PathDates p, Step last, Set<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            problems.add(new FieldProblem("outcomes", "participant.outcomes.required"));
        } else if (outcomes.contains(Outcome.DROPOUT) && outcomes.size() > 1) {
            problems.add(new FieldProblem("outcomes", "participant.outcomes.dropout-alone"));
        }
        boolean dropout = outcomes.equals(Set.of(Outcome.DROPOUT));
        if (p.enrolmentDate() == null && !dropout) {
            problems.add(new FieldProblem("exitDate", "participant.exit.requires-enrolment"));
        } else if (last.date() != null && p.exitDate().isBefore(last.date())) {
            problems.add(new FieldProblem("exitDate", "participant.date.before-" + last.name()));
        }
    }

    private record Step(String name, LocalDate date) {
    }

    private static Step inOrder(List<FieldProblem> problems, Step last, String field, String name, LocalDate date) {
        if (date == null) {
            return last;
        }
        if (last.date() != null && date.isBefore(last.date())) {
            problems.add(new FieldProblem(field, "participant.date.before-" + last.name()));
        }
        return new Step(name, date);
    }

    private static void notFuture(List<FieldProblem> problems, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            problems.add(new FieldProblem(field, "participant.date.future"));
        }
    }
}
