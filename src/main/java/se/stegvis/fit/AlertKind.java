package se.stegvis.fit;

/** Why a coach is asked to look at a participant. */
public enum AlertKind {
    /** The session rating was low, had a low item, or dropped from the previous one. */
    LOW_SRS,
    /** The latest ORS is reliably worse than the first. */
    ORS_DETERIORATION,
    /** After the set number of sessions, no reliable ORS change from the first rating. */
    NO_RELIABLE_CHANGE,
    /** A recent session lacks its ORS or SRS. */
    MISSING_RATINGS
}
