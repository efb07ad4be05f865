package se.stegvis.group;

import se.stegvis.shared.DomainException;

/** No such activity, or not one of the caller's team: the same answer either way. */
public class ActivityNotFound extends DomainException {
    public ActivityNotFound() {
        super(Kind.NOT_FOUND, "group.activity.not-found");
    }
}
