package se.stegvis.group;

import se.stegvis.shared.DomainException;

/** Sign-up is outside the activity's window, or its last session has passed. */
public class SignUpClosed extends DomainException {
    public SignUpClosed() {
        super(Kind.RULE_VIOLATED, "group.signup.closed");
    }
}
