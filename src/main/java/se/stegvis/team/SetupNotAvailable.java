package se.stegvis.team;

import se.stegvis.shared.DomainException;

/** No setup code was issued by this instance (the database already had an association at startup). */
public class SetupNotAvailable extends DomainException {
    public SetupNotAvailable() {
        super(Kind.NOT_FOUND, "setup.not-available");
    }
}
