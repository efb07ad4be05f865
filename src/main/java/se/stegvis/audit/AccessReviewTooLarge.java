package se.stegvis.audit;

import se.stegvis.shared.DomainException;

/** An export that would hold more rows than one file may: the filter must be narrowed. */
public class AccessReviewTooLarge extends DomainException {
    AccessReviewTooLarge(int max) {
        super(Kind.RULE_VIOLATED, "access-review.export.too-large", max);
    }
}
