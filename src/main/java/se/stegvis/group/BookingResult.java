package se.stegvis.group;

import java.util.UUID;

/** Where a participant stands after signing up or cancelling; {@code position} is 1-based on the waitlist, else 0. */
record BookingResult(UUID activityId, BookingStatus status, int position) {
}
