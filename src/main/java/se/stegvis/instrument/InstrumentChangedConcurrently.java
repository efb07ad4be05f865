package se.stegvis.instrument;

import se.stegvis.shared.DomainException;

/** Two changes to one instrument at the same moment: the second would have taken the same version number. */
public class InstrumentChangedConcurrently extends DomainException {
    public InstrumentChangedConcurrently() {
        super(Kind.CONFLICT, "instrument.changed-concurrently");
    }
}
