package se.stegvis.report;

import se.stegvis.shared.DomainException;

/** An association that does not exist or is not the caller's: the same answer for both. */
public class AssociationNotFound extends DomainException {
    AssociationNotFound() {
        super(Kind.NOT_FOUND, "report.association.not-found");
    }
}
