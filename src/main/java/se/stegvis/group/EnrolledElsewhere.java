package se.stegvis.group;

import se.stegvis.shared.DomainException;

/** The participant is already enrolled through another startup group; unlink that one first. */
public class EnrolledElsewhere extends DomainException {
    public EnrolledElsewhere() {
        super(Kind.CONFLICT, "group.enrolment.elsewhere");
    }
}
