package se.stegvis.screening;

import se.stegvis.shared.DomainException;

import java.util.List;

/** A screening request that cannot be stored as it is: the field and the message key say why. */
public class InvalidScreening extends DomainException {
    public InvalidScreening(String field, String messageKey) {
        super(Kind.INVALID, messageKey, List.of(new FieldProblem(field, messageKey)));
    }
}
