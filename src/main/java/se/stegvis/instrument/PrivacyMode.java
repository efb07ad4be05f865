package se.stegvis.instrument;

/**
 * How answers to an instrument are stored. Fixed for an instrument's whole life: changing it would
 * mix answers stored under different promises to the participant.
 */
public enum PrivacyMode {
    /** Linked to the participant. */
    IDENTIFIED,
    /** No participant key, only team, period, gender and age band. */
    ANONYMOUS,
    /** Identified and encrypted (violence screening). */
    CONFIDENTIAL
}
