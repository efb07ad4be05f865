package se.stegvis.security;

import java.util.Optional;
import java.util.UUID;

/**
 * Tells the session service whether a subject may still hold a session, and in which role.
 * The feature that owns the subject implements it (staff in team, participants in participant),
 * so security never reads another feature's tables.
 */
public interface SubjectDirectory {
    SubjectKind kind();

    /** The subject's current role, or empty when it is gone or deactivated. */
    Optional<Role> activeRole(UUID subjectId);
}
