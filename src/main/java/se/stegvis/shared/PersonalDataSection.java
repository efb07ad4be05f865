package se.stegvis.shared;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One table's rows about one participant, for their own copy: {@code key} names the section in the copy
 * (stable, the JSON's {@code sections[].key} and the {@code owncopy.section.<key>} text), {@code entries} one
 * map per row with stable field names ({@code owncopy.field.<name>}); values are strings, numbers, booleans,
 * dates, times, {@link StaffRef}s, {@link ParticipantRef}s or lists of such maps. Never a secret: no code, token or hash.
 */
public record PersonalDataSection(String key, String table, List<Map<String, Object>> entries) {
    public PersonalDataSection {
        entries = List.copyOf(entries);
    }

    /**
     * A participant who did something (an audit entry's actor); {@code self}: the participant the copy is about.
     * The copy shows their name only when it is the person themself.
     */
    public record ParticipantRef(boolean self) {
    }

    /** A staff member named in a row (who created, entered or marked it); the copy shows name and role. */
    public record StaffRef(UUID id) {
        public static StaffRef of(Object id) {
            return id == null ? null : new StaffRef(id instanceof UUID u ? u : UUID.fromString(id.toString()));
        }
    }
}
