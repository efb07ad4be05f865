package se.stegvis.fit;

import se.stegvis.shared.DomainException;

import java.util.List;

/** A session has one ORS and one SRS per participant; a second would make the trend ambiguous. */
public class RatingAlreadyRecorded extends DomainException {
    public RatingAlreadyRecorded() {
        super(Kind.CONFLICT, "fit.rating.already", List.of(new FieldProblem("instrumentCode", "fit.rating.already")));
    }
}
