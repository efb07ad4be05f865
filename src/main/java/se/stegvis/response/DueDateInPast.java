package se.stegvis.response;

import se.stegvis.shared.DomainException;

import java.util.List;

/** A coach may ask for an instrument today or later, not in the past. */
public class DueDateInPast extends DomainException {
    public DueDateInPast() {
        super(Kind.RULE_VIOLATED, "due.date-in-past", List.of(new FieldProblem("dueDate", "due.date-in-past")));
    }
}
