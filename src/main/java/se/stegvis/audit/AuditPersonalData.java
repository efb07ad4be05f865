package se.stegvis.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.stegvis.security.SubjectKind;
import se.stegvis.shared.PersonalDataRows;
import se.stegvis.shared.PersonalDataSection;
import se.stegvis.shared.PersonalDataSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The audit entries about the participant, and those they made themselves, for their own copy: who (a staff
 * member by name and role, or the participant), what and when. This answers who received their data
 * (GDPR article 15(1)(c)). Callers run inside a transaction.
 */
@Singleton
class AuditPersonalData implements PersonalDataSource {
    private final JdbcOperations jdbc;

    AuditPersonalData(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonalDataSection> sectionsOf(UUID participantId, Locale locale) {
        String id = participantId.toString();
        List<Map<String, Object>> rows = PersonalDataRows.list(jdbc, "SELECT at, actor_kind, actor_id, action, detail "
                + "FROM audit_event WHERE participant_id = ? OR (actor_kind = ? AND actor_id = ?) ORDER BY id",
                id, SubjectKind.PARTICIPANT.name(), id);
        return List.of(new PersonalDataSection("auditEntries", "audit_event", rows.stream().map(r -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("at", r.get("at"));
            boolean staff = SubjectKind.STAFF.name().equals(r.get("actorKind"));
            entry.put("who", staff ? PersonalDataSection.StaffRef.of(r.get("actorId"))
                    : new PersonalDataSection.ParticipantRef(id.equals(String.valueOf(r.get("actorId")))));
            entry.put("action", r.get("action"));
            entry.put("detail", r.get("detail"));
            return entry;
        }).toList()));
    }
}
