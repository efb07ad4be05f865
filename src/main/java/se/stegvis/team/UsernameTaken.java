package se.stegvis.team;

import se.stegvis.shared.DomainException;

/** Usernames are unique across the whole service (they are the login). */
public class UsernameTaken extends DomainException {
    public UsernameTaken() {
        super(Kind.CONFLICT, "staff.username-taken");
    }
}
