package se.stegvis.response;

import se.stegvis.shared.DomainException;

import java.util.List;

/** A period that is neither a year (YYYY) nor a half-year (YYYY-H1, YYYY-H2). */
public class InvalidPeriod extends DomainException {
    public InvalidPeriod() {
        super(Kind.INVALID, "response.period-invalid", List.of(new FieldProblem("period", "response.period-invalid")));
    }
}
