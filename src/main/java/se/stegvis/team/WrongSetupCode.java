package se.stegvis.team;

import se.stegvis.shared.DomainException;

/** The setup code does not match the one this instance logged at startup. */
public class WrongSetupCode extends DomainException {
    public WrongSetupCode() {
        super(Kind.FORBIDDEN, "setup.wrong-code");
    }
}
