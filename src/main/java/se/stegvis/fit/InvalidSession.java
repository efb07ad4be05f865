package se.stegvis.fit;

import se.stegvis.shared.DomainException;

import java.util.List;

/** A session or rating request that breaks a FIT rule; the field problems say where. */
public class InvalidSession extends DomainException {
    public InvalidSession(String field, String messageKey, Object... args) {
        super(Kind.RULE_VIOLATED, "fit.invalid", List.of(new FieldProblem(field, messageKey, args)));
    }
}
