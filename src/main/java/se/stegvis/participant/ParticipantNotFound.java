package se.stegvis.participant;

import se.stegvis.shared.DomainException;

/** The participant does not exist, or the caller may not know that it does. */
public class ParticipantNotFound extends DomainException {
    public ParticipantNotFound() {
        super(Kind.NOT_FOUND, "participant.not-found");
    }
}
