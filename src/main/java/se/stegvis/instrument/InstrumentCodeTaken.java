package se.stegvis.instrument;

import se.stegvis.shared.DomainException;

/** The association already has an instrument of this code (its own or a built-in one: change that with PUT). */
public class InstrumentCodeTaken extends DomainException {
    public InstrumentCodeTaken(String code) {
        super(Kind.CONFLICT, "instrument.code-taken", code);
    }
}
