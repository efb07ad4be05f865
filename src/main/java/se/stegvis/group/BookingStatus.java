package se.stegvis.group;

/** Where a participant stands on an activity. A cancelled booking keeps its row, so a new sign-up reuses it. */
public enum BookingStatus {
    BOOKED, WAITLISTED, CANCELLED
}
