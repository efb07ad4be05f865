package se.stegvis.security;

import se.stegvis.shared.DomainException;

import java.util.List;

/** A password that does not meet {@link PasswordPolicy}; names the field it came in. */
public class WeakPassword extends DomainException {
    public WeakPassword(String field, int minLength) {
        super(Kind.INVALID, "invalid-request",
                List.of(new FieldProblem(field, "security.password-too-short", minLength)));
    }
}
