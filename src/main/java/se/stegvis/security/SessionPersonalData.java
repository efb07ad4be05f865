package se.stegvis.security;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.stegvis.shared.PersonalDataRows;
import se.stegvis.shared.PersonalDataSection;
import se.stegvis.shared.PersonalDataSource;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The participant's portal logins for their own copy: when each began, was last used, expires and was ended.
 * Never a token or its hash. Callers run inside a transaction.
 */
@Singleton
class SessionPersonalData implements PersonalDataSource {
    private final JdbcOperations jdbc;

    SessionPersonalData(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonalDataSection> sectionsOf(UUID participantId, Locale locale) {
        return List.of(new PersonalDataSection("loginSessions", "auth_session", PersonalDataRows.list(jdbc,
                "SELECT created_at, last_used_at, expires_at, revoked_at, revoked_reason FROM auth_session "
                        + "WHERE subject_kind = ? AND subject_id = ? ORDER BY created_at, id",
                SubjectKind.PARTICIPANT.name(), participantId.toString())));
    }
}
