package se.stegvis.response;

import se.stegvis.shared.DomainException;

import java.util.List;

/** A month parameter that is not YYYY-MM, or a range that ends before it starts. */
public class InvalidMonth extends DomainException {
    public InvalidMonth(String field) {
        super(Kind.INVALID, "response.month-invalid", List.of(new FieldProblem(field, "response.month-invalid")));
    }
}
