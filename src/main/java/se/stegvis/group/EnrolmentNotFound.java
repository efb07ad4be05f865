package se.stegvis.group;

import se.stegvis.shared.DomainException;

/** The participant is not enrolled through this startup group. */
public class EnrolmentNotFound extends DomainException {
    public EnrolmentNotFound() {
        super(Kind.NOT_FOUND, "group.enrolment.not-found");
    }
}
