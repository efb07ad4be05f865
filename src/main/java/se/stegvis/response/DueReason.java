package se.stegvis.response;

/** Why an instrument is on a participant's list. */
public enum DueReason { ENROLMENT, EXIT, PERIODIC, COACH_REQUEST }
