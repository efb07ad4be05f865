package se.stegvis.team;

import se.stegvis.shared.DomainException;

/** An admin deactivating themselves could leave the association without an admin. */
public class CannotDeactivateSelf extends DomainException {
    public CannotDeactivateSelf() {
        super(Kind.RULE_VIOLATED, "staff.cannot-deactivate-self");
    }
}
