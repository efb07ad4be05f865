package se.stegvis.audit;

import se.stegvis.shared.DomainException;

/** An association that does not exist or is not the caller's: the same answer for both. */
public class ReviewScopeNotFound extends DomainException {
    ReviewScopeNotFound() {
        super(Kind.NOT_FOUND, "access-review.association.not-found");
    }
}
