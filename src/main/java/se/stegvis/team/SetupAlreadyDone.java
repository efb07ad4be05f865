package se.stegvis.team;

import se.stegvis.shared.DomainException;

/** First-run setup happens once: an association exists. */
public class SetupAlreadyDone extends DomainException {
    public SetupAlreadyDone() {
        super(Kind.CONFLICT, "setup.already-done");
    }
}
