package se.stegvis.response;

import se.stegvis.shared.DomainException;

import java.util.List;

/** A request names an instrument the participant's association does not have. */
public class UnknownInstrument extends DomainException {
    public UnknownInstrument() {
        super(Kind.RULE_VIOLATED, "due.unknown-instrument", List.of(new FieldProblem("instrumentCode", "due.unknown-instrument")));
    }
}
