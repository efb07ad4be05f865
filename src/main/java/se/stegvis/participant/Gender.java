package se.stegvis.participant;

/** Gender as recorded for the aggregate reports: woman, man, or other/unknown. */
public enum Gender { WOMAN, MAN, OTHER_UNKNOWN }
