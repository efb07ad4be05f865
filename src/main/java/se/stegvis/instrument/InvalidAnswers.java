package se.stegvis.instrument;

import se.stegvis.shared.DomainException;

import java.util.List;

/**
 * Answers that do not fit the instrument version (422). Each {@link FieldProblem} is named by the
 * item's key, so a client can show the message next to the question.
 */
public class InvalidAnswers extends DomainException {
    public InvalidAnswers(List<FieldProblem> problems) {
        super(Kind.RULE_VIOLATED, "instrument.answers-invalid", problems);
    }
}
