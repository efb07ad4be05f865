package se.stegvis.screening;

import se.stegvis.shared.DomainException;

import java.util.List;

/** A screening is answered (or declined) once each time it is due, never at will. */
public class ScreeningNotDue extends DomainException {
    public ScreeningNotDue() {
        super(Kind.RULE_VIOLATED, "screening.not-due", List.of(new FieldProblem("versionId", "screening.not-due")));
    }
}
