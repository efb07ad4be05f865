package se.stegvis.group;

import se.stegvis.shared.DomainException;

/** The team does not allow bookings whose sessions overlap, and this one would. */
public class BookingOverlaps extends DomainException {
    public BookingOverlaps() {
        super(Kind.CONFLICT, "group.booking.overlaps");
    }
}
