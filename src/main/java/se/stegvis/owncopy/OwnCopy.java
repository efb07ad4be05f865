package se.stegvis.owncopy;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A participant's own copy (GDPR article 15): everything stored about them, one section per table, in the
 * copy's language. Made for the participant in the portal, or by a coach or team lead to hand over.
 */
record OwnCopy(UUID participantId, String displayName, @Nullable String team, Locale locale, Audience audience,
               LocalDateTime generatedAt, List<Section> sections) {

    enum Audience { STAFF, PARTICIPANT }

    /**
     * One table's rows: {@code entries} maps with stable field names; values are strings, numbers, booleans,
     * {@code java.time} values, {@link Person} or lists of such maps. {@code noteKey}: a text said about the
     * section (why screening answers are not in the portal's copy).
     */
    record Section(String key, String table, List<Map<String, Object>> entries, @Nullable String noteKey) {
    }

    /**
     * Someone named in the data: a staff member by display name and role (who read, entered or created something),
     * or a participant (role PARTICIPANT; named only when it is the person the copy is about).
     */
    record Person(@Nullable String name, @Nullable String role) {
    }

    /** Tables deliberately not in the copy, and why: anonymous by design, nobody can find a person's rows. */
    static final List<String> EXCLUDED_TABLES = List.of("anonymous_response", "group_suggestion");
    static final String EXCLUDED_KEY = "owncopy.excluded.anonymous";
}
