package se.stegvis.privacy;

import se.stegvis.shared.DomainException;

/** Erasure takes participants whose path has ended: register the exit first, so the figures stay whole. */
public class ErasureNotExited extends DomainException {
    ErasureNotExited() {
        super(Kind.CONFLICT, "erasure.not-exited");
    }
}
