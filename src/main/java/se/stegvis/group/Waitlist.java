package se.stegvis.group;

import jakarta.inject.Singleton;
import se.stegvis.shared.Times;

import java.time.Clock;
import java.util.List;

/**
 * Moves people up from the waitlist, in queue order, while seats are free. Under the team's
 * no-overlap rule someone holding a seat whose sessions overlap is passed over, keeps waiting and is
 * told on their home page ({@link Booking#passedOverAt}). Called only with the
 * activity row locked (a cancellation, a raised capacity), so two freed seats never go to one
 * person and a seat never goes to two.
 */
@Singleton
class Waitlist {
    private final BookingRepository bookings;
    private final SessionRepository sessions;
    private final Overlaps overlaps;
    private final Clock clock;

    Waitlist(BookingRepository bookings, SessionRepository sessions, Overlaps overlaps, Clock clock) {
        this.bookings = bookings;
        this.sessions = sessions;
        this.overlaps = overlaps;
        this.clock = clock;
    }

    /** Fills free seats of the locked activity from the waitlist; returns how many moved up. */
    int promote(Activity locked) {
        long free = locked.capacity() - bookings.countByActivityIdAndStatus(locked.id(), BookingStatus.BOOKED);
        if (free <= 0) {
            return 0;
        }
        List<Booking> waiting = bookings.findByActivityIdAndStatusOrderBySeqAsc(locked.id(), BookingStatus.WAITLISTED);
        boolean rule = overlaps.ruleOn(locked.teamId());
        List<GroupSession> own = rule ? sessions.findByActivityIdOrderBySessionDateAscStartTimeAsc(locked.id()) : List.of();
        int moved = 0;
        for (Booking b : waiting) {
            if (moved >= free) {
                break;
            }
            if (rule && overlaps.clash(b.participantId(), locked.id(), own, status -> status == BookingStatus.BOOKED)) {
                // Holds an overlapping seat elsewhere: keeps their place in the queue, the next one moves
                // up, and their home page says so (once until they have seen it).
                if (b.passedOverAt() == null) {
                    bookings.update(b.passedOver(Times.nowUtc(clock)));
                }
                continue;
            }
            bookings.update(b.promoted(Times.nowUtc(clock)));
            moved++;
        }
        return moved;
    }
}
