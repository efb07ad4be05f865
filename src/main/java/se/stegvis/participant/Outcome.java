package se.stegvis.participant;

/**
 * Why a participant left (avslut). A participant may leave with several outcomes (work and
 * studies), except {@link #DROPOUT}, which stands alone.
 */
public enum Outcome {
    WORK, WORK_SUBSIDISED, STUDIES, JOB_SEEKING, CONTINUED_VOCATIONAL_REHAB, MEDICAL_REHAB, SICKNESS_COMPENSATION,
    OTHER, DROPOUT
}
