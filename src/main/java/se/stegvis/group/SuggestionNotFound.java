package se.stegvis.group;

import se.stegvis.shared.DomainException;

/** No such suggestion for a team of the caller. */
public class SuggestionNotFound extends DomainException {
    public SuggestionNotFound() {
        super(Kind.NOT_FOUND, "group.suggestion.not-found");
    }
}
