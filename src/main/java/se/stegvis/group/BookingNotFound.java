package se.stegvis.group;

import se.stegvis.shared.DomainException;

/** The participant has no seat or waitlist place on this activity to cancel. */
public class BookingNotFound extends DomainException {
    public BookingNotFound() {
        super(Kind.NOT_FOUND, "group.booking.not-found");
    }
}
