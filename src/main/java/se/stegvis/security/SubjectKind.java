package se.stegvis.security;

/** Whose session it is: a staff member or a participant. */
public enum SubjectKind { STAFF, PARTICIPANT }
