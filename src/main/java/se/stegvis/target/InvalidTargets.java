package se.stegvis.target;

import se.stegvis.shared.DomainException;

import java.util.List;

/** Targets outside what {@link TargetRules} allows; one field problem per mistake. */
public class InvalidTargets extends DomainException {
    InvalidTargets(List<FieldProblem> problems) {
        super(Kind.INVALID, "invalid-request", problems);
    }
}
