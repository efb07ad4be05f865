package se.stegvis.instrument;

import se.stegvis.shared.DomainException;

/** No such instrument or version, or one of another association: both look the same to the caller. */
public class InstrumentNotFound extends DomainException {
    public InstrumentNotFound() {
        super(Kind.NOT_FOUND, "instrument.not-found");
    }
}
