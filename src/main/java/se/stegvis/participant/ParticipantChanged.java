package se.stegvis.participant;

import se.stegvis.shared.DomainException;

/** Someone else saved the participant since the caller read it (optimistic locking). */
public class ParticipantChanged extends DomainException {
    public ParticipantChanged() {
        super(Kind.CONFLICT, "participant.changed");
    }
}
