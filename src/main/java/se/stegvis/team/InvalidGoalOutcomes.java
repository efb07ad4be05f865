package se.stegvis.team;

import se.stegvis.shared.DomainException;

import java.util.List;

/** Goal outcomes naming an unknown exit outcome, or DROPOUT, which never counts as reaching the goal. */
public class InvalidGoalOutcomes extends DomainException {
    InvalidGoalOutcomes(List<FieldProblem> problems) {
        super(Kind.INVALID, "invalid-request", problems);
    }
}
