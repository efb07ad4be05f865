package se.stegvis.shared;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What one feature stores about one participant, for the participant's own copy (GDPR article 15,
 * {@code owncopy}). Each feature that keeps rows linked to a participant has one bean implementing this,
 * next to its own tables, so the copy never needs a class that knows every table; the own-copy test fails
 * when a table with a {@code participant_id} column has no section.
 */
public interface PersonalDataSource {
    /**
     * Every row the feature holds about the participant, one section per table. Texts (titles, question
     * wordings) in {@code locale} where the data has them. Not audited: the caller records the export.
     */
    List<PersonalDataSection> sectionsOf(UUID participantId, Locale locale);
}
