package se.stegvis.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A participant's place on an activity: booked, on the waitlist (ordered by {@code seq}) or
 * cancelled. {@code promotedAt} is set when a freed seat moved them up; the portal shows it until
 * {@code promotionSeen}. {@code passedOverAt} is set when a freed seat went past them (the team's
 * no-overlap rule) and shown on the portal until seen, promoted or cancelled.
 */
@MappedEntity("group_booking")
record Booking(@Id UUID id, UUID activityId, UUID participantId, BookingStatus status, int seq,
               LocalDateTime bookedAt, @Nullable LocalDateTime promotedAt, boolean promotionSeen,
               @Nullable LocalDateTime passedOverAt) {

    Booking renewed(BookingStatus newStatus, int newSeq, LocalDateTime now) {
        return new Booking(id, activityId, participantId, newStatus, newSeq, now, null, false, null);
    }

    Booking cancelled() {
        return new Booking(id, activityId, participantId, BookingStatus.CANCELLED, seq, bookedAt, promotedAt, true, null);
    }

    Booking promoted(LocalDateTime now) {
        return new Booking(id, activityId, participantId, BookingStatus.BOOKED, seq, bookedAt, now, false, null);
    }

    Booking passedOver(LocalDateTime now) {
        return new Booking(id, activityId, participantId, status, seq, bookedAt, promotedAt, promotionSeen, now);
    }

    /** The participant has read the notice about this place (promoted or passed over). */
    Booking seen() {
        return new Booking(id, activityId, participantId, status, seq, bookedAt, promotedAt, true, null);
    }
}
