package se.stegvis.team;

import se.stegvis.shared.DomainException;

/** No such staff member in the caller's association: never tells which. */
public class StaffNotFound extends DomainException {
    public StaffNotFound() {
        super(Kind.NOT_FOUND, "staff.not-found");
    }
}
