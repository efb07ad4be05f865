package se.stegvis.group;

import se.stegvis.shared.DomainException;

/** No such proposed activity, or not one of the caller's team. */
public class ProposalNotFound extends DomainException {
    public ProposalNotFound() {
        super(Kind.NOT_FOUND, "group.proposal.not-found");
    }
}
