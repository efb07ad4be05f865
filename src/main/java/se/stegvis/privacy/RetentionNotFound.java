package se.stegvis.privacy;

import se.stegvis.shared.DomainException;

/** An association that does not exist or is not the caller's: the same answer for both. */
public class RetentionNotFound extends DomainException {
    RetentionNotFound() {
        super(Kind.NOT_FOUND, "retention.association.not-found");
    }
}
