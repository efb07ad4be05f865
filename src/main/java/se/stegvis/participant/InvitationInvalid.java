package se.stegvis.participant;

import se.stegvis.shared.DomainException;

/**
 * The invitation code is unknown, expired, already used or revoked. One answer for all four, so
 * the response tells a guesser nothing about which codes exist.
 */
public class InvitationInvalid extends DomainException {
    public InvitationInvalid() {
        super(Kind.GONE, "participant.invitation.invalid");
    }
}
