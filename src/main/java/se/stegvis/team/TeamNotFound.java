package se.stegvis.team;

import se.stegvis.shared.DomainException;

public class TeamNotFound extends DomainException {
    public TeamNotFound() {
        super(Kind.NOT_FOUND, "team.not-found");
    }
}
