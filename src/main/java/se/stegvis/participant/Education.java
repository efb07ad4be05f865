package se.stegvis.participant;

/** Highest completed education level (background variable). */
public enum Education { NONE_OR_PRIMARY, UPPER_SECONDARY_INCOMPLETE, UPPER_SECONDARY, POST_SECONDARY, UNKNOWN }
