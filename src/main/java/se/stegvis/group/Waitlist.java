package se.stegvis.group;

import jakarta.inject.Singleton;
import se.stegvis.shared.Times;

import java.time.Clock;
import java.util.List;

/**
 * Moves people up from the waitlist, in queue order, while seats are free. Called only with the
 * activity row locked (a cancellation, a raised capacity), so two freed seats never go to one
 * person and a seat never goes to two.
 */
@Singleton
class Waitlist {
    private final BookingRepository bookings;
    private final Clock clock;

    Waitlist(BookingRepository bookings, Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
    }

    /** Fills free seats of the locked activity from the waitlist; returns how many moved up. */
    int promote(Activity locked) {
        long free = locked.capacity() - bookings.countByActivityIdAndStatus(locked.id(), BookingStatus.BOOKED);
        if (free <= 0) {
            return 0;
        }
        List<Booking> waiting = bookings.findByActivityIdAndStatusOrderBySeqAsc(locked.id(), BookingStatus.WAITLISTED);
        int moved = 0;
        for (Booking b : waiting) {
            if (moved >= free) {
                break;
            }
            bookings.update(b.promoted(Times.nowUtc(clock)));
            moved++;
        }
        return moved;
    }
}
