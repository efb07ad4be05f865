package se.stegvis.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A participant's place on an activity: booked, on the waitlist (ordered by {@code seq}) or
 * cancelled. {@code promotedAt} is set when a freed seat moved them up; the portal shows it until
 * {@code promotionSeen}.
 */
@MappedEntity("group_booking")
record Booking(@Id UUID id, UUID activityId, UUID participantId, BookingStatus status, int seq,
               LocalDateTime bookedAt, @Nullable LocalDateTime promotedAt, boolean promotionSeen) {

    Booking renewed(BookingStatus newStatus, int newSeq, LocalDateTime now) {
        return new Booking(id, activityId, participantId, newStatus, newSeq, now, null, false);
    }

    Booking cancelled() {
        return new Booking(id, activityId, participantId, BookingStatus.CANCELLED, seq, bookedAt, promotedAt, true);
    }

    Booking promoted(LocalDateTime now) {
        return new Booking(id, activityId, participantId, BookingStatus.BOOKED, seq, bookedAt, now, false);
    }

    Booking seen() {
        return new Booking(id, activityId, participantId, status, seq, bookedAt, promotedAt, true);
    }
}
