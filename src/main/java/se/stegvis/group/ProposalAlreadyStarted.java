package se.stegvis.group;

import se.stegvis.shared.DomainException;

/** The proposal has already been turned into an activity. */
public class ProposalAlreadyStarted extends DomainException {
    public ProposalAlreadyStarted() {
        super(Kind.CONFLICT, "group.proposal.started");
    }
}
