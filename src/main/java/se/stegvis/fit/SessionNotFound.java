package se.stegvis.fit;

import se.stegvis.shared.DomainException;

/** The session does not exist, or you have no access to it. To an outsider it is the same as not existing. */
public class SessionNotFound extends DomainException {
    public SessionNotFound() {
        super(Kind.NOT_FOUND, "fit.session.not-found");
    }
}
