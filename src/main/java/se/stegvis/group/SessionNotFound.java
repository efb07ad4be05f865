package se.stegvis.group;

import se.stegvis.shared.DomainException;

/** No such session on this activity. */
public class SessionNotFound extends DomainException {
    public SessionNotFound() {
        super(Kind.NOT_FOUND, "group.session.not-found");
    }
}
