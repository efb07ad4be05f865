package se.stegvis.privacy;

import se.stegvis.shared.DomainException;

import java.util.List;

/** Retention settings outside what {@link RetentionSettings#problems()} allows; one field problem per mistake. */
public class InvalidRetentionSettings extends DomainException {
    InvalidRetentionSettings(List<FieldProblem> problems) {
        super(Kind.INVALID, "invalid-request", problems);
    }
}
