package se.stegvis.group;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.stegvis.participant.ParticipantView;
import se.stegvis.shared.Ids;
import se.stegvis.shared.Times;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Taking and giving back seats. Every method locks the activity row first
 * ({@code SELECT ... FOR UPDATE}) and only then counts and writes, so concurrent sign-ups queue on
 * the lock and the capacity is never exceeded; the queue number comes from the same locked row, so
 * the waitlist order is the order in which requests got the lock. A sign-up also locks the
 * participant's row ({@link BookingRepository#lockParticipant}) so the team's no-overlap rule holds
 * across activities; locks are always taken activity first, participant second, so they cannot deadlock.
 */
@Singleton
class Seats {
    private final ActivityRepository activities;
    private final SessionRepository sessions;
    private final BookingRepository bookings;
    private final Overlaps overlaps;
    private final Waitlist waitlist;
    private final Ids ids;
    private final Clock clock;

    Seats(ActivityRepository activities, SessionRepository sessions, BookingRepository bookings,
          Overlaps overlaps, Waitlist waitlist, Ids ids, Clock clock) {
        this.activities = activities;
        this.sessions = sessions;
        this.bookings = bookings;
        this.overlaps = overlaps;
        this.waitlist = waitlist;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    BookingResult take(ParticipantView p, UUID activityId) {
        Activity a = activities.lockById(activityId).filter(x -> x.teamId().equals(p.teamId()))
                .orElseThrow(ActivityNotFound::new);
        // Second lock, before any plain read (whose snapshot would predate a concurrent sign-up of
        // the same person for another activity): the overlap check below then sees every place they hold.
        bookings.lockParticipant(p.id());
        Optional<Booking> existing = bookings.findByActivityIdAndParticipantId(a.id(), p.id());
        if (existing.isPresent() && existing.get().status() != BookingStatus.CANCELLED) {
            return result(existing.get());
        }
        List<GroupSession> own = sessions.findByActivityIdOrderBySessionDateAscStartTimeAsc(a.id());
        checkOpen(a, own);
        if (overlaps.ruleOn(a.teamId()) && overlaps.clash(p.id(), a.id(), own, status -> true)) {
            throw new BookingOverlaps(); // the team's rule: no seat or waitlist place overlapping one already held
        }
        long booked = bookings.countByActivityIdAndStatus(a.id(), BookingStatus.BOOKED);
        BookingStatus status = booked < a.capacity() ? BookingStatus.BOOKED : BookingStatus.WAITLISTED;
        int seq = a.bookingSeq() + 1;
        activities.updateBookingSeq(a.id(), seq);
        LocalDateTime now = Times.nowUtc(clock);
        Booking b = existing.isPresent() ? bookings.update(existing.get().renewed(status, seq, now))
                : bookings.save(new Booking(ids.newId(), a.id(), p.id(), status, seq, now, null, false, null));
        return result(b);
    }

    /** Gives the seat or waitlist place back; a freed seat goes to the first on the waitlist. */
    @Transactional
    BookingResult giveBack(ParticipantView p, UUID activityId) {
        Activity a = activities.lockById(activityId).filter(x -> x.teamId().equals(p.teamId()))
                .orElseThrow(ActivityNotFound::new);
        Booking b = bookings.findByActivityIdAndParticipantId(a.id(), p.id())
                .filter(x -> x.status() != BookingStatus.CANCELLED).orElseThrow(BookingNotFound::new);
        bookings.update(b.cancelled());
        if (b.status() == BookingStatus.BOOKED) {
            waitlist.promote(a);
        }
        return new BookingResult(a.id(), BookingStatus.CANCELLED, 0);
    }

    BookingResult result(Booking b) {
        int position = b.status() == BookingStatus.WAITLISTED ? (int) bookings
                .countByActivityIdAndStatusAndSeqLessThanEquals(b.activityId(), BookingStatus.WAITLISTED, b.seq()) : 0;
        return new BookingResult(b.activityId(), b.status(), position);
    }

    private void checkOpen(Activity a, List<GroupSession> own) {
        LocalDate today = Times.today(clock);
        boolean beforeWindow = a.signupOpens() != null && today.isBefore(a.signupOpens());
        boolean afterWindow = a.signupCloses() != null && today.isAfter(a.signupCloses());
        boolean over = own.stream().noneMatch(s -> !s.sessionDate().isBefore(today));
        if (beforeWindow || afterWindow || over) {
            throw new SignUpClosed();
        }
    }

}
