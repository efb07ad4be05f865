package se.stegvis.participant;

import java.util.UUID;

/**
 * Published, inside the correction's transaction, when a participant's gender or birth year changes: features that
 * keep rows grouped by them for the reports (fit.FigureRows) rewrite those rows, or the correction does not happen.
 * Carries the participant's values after the correction; no name and no other background variable.
 */
public record GenderOrBirthYearCorrected(UUID participantId, Gender gender, int birthYear) {
}
