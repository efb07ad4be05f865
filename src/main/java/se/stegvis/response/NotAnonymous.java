package se.stegvis.response;

import se.stegvis.shared.DomainException;

import java.util.List;

/** Free-text aggregates are for anonymous instruments; identified answers are read per participant. */
public class NotAnonymous extends DomainException {
    public NotAnonymous() {
        super(Kind.RULE_VIOLATED, "response.not-anonymous", List.of(new FieldProblem("instrument", "response.not-anonymous")));
    }
}
