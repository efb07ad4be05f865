package se.stegvis.fit;

import se.stegvis.shared.DomainException;

import java.util.List;

/**
 * Two ratings for the same session, participant and instrument were stored at the same moment (two
 * phones, or a phone and a paper entry): the unique key let one in; this one was not stored, and
 * nothing of its request was (the answer, its due item and audit row roll back with it).
 */
public class RatingArrivedConcurrently extends DomainException {
    public RatingArrivedConcurrently() {
        super(Kind.CONFLICT, "fit.rating.concurrent",
                List.of(new FieldProblem("instrumentCode", "fit.rating.concurrent")));
    }
}
