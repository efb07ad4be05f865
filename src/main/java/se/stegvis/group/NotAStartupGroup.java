package se.stegvis.group;

import se.stegvis.shared.DomainException;

/** Only an activity of type STARTUP_GROUP enrols participants. */
public class NotAStartupGroup extends DomainException {
    public NotAStartupGroup() {
        super(Kind.RULE_VIOLATED, "group.enrolment.not-startup-group");
    }
}
