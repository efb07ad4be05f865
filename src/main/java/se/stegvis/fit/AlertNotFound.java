package se.stegvis.fit;

import se.stegvis.shared.DomainException;

/** The alert does not exist, or you have no access to it. To an outsider it is the same as not existing. */
public class AlertNotFound extends DomainException {
    public AlertNotFound() {
        super(Kind.NOT_FOUND, "fit.alert.not-found");
    }
}
