package se.stegvis.audit;

import se.stegvis.shared.DomainException;

import java.util.List;

/** An access review filter that cannot be used as given: a bad date, a reversed period, an unknown staff member. */
public class AccessReviewInvalid extends DomainException {
    AccessReviewInvalid(List<FieldProblem> problems) {
        super(Kind.INVALID, "access-review.invalid", problems);
    }

    static AccessReviewInvalid of(String field, String messageKey, Object... args) {
        return new AccessReviewInvalid(List.of(new FieldProblem(field, messageKey, args)));
    }
}
