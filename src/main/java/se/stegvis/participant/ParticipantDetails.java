package se.stegvis.participant;

import io.micronaut.core.annotation.Nullable;

/**
 * What a coach records about a participant: a pseudonym (display name or initials, never a
 * personal identity number), the background variables and the path dates up to enrolment and
 * trial end. A null {@code trialEndDate} with an enrolment date means "the team's default trial
 * period". {@code preferredLanguage} is sv, en or ar.
 */
public record ParticipantDetails(String displayName, Gender gender, int birthYear, Education education,
                                 @Nullable Integer yearsInSupport, IncomeSource incomeBefore, Referrer referrer,
                                 String homeMunicipality, String preferredLanguage, PathDates path) {
}
