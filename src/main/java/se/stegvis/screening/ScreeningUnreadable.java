package se.stegvis.screening;

import se.stegvis.shared.DomainException;

/**
 * A stored screening that cannot be decrypted: its key is not configured, or the row was changed
 * (tampered ciphertext, a payload moved to another row). Nothing of it is shown.
 */
public class ScreeningUnreadable extends DomainException {
    public ScreeningUnreadable() {
        super(Kind.CONFLICT, "screening.unreadable");
    }
}
