package se.stegvis.response;

/**
 * Where an item on a participant's list stands today: answered, overdue (due before today and not
 * answered), due (today or within the portal's lookahead) or upcoming (later).
 */
public enum DueStatus {
    ANSWERED, OVERDUE, DUE, UPCOMING
}
