package se.stegvis.participant;

/** Who referred the participant to the team (remiss/aktualisering). */
public enum Referrer {
    SOCIAL_SERVICES, FORSAKRINGSKASSAN, ARBETSFORMEDLINGEN, PSYCHIATRY, PRIMARY_CARE, KAA, PROBATION, GUARDIAN,
    SCHOOL, SELF, OTHER
}
