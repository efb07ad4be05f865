package se.stegvis.security;

import io.micronaut.security.authentication.Authentication;

import java.util.UUID;

/**
 * The caller of a request, as services see it: which kind of subject, its id, its role and the
 * session it came in on. Controllers turn the framework's {@link Authentication} into an Actor and
 * pass it on; services decide object-level access from it.
 */
public record Actor(SubjectKind kind, UUID id, Role role, UUID sessionId) {
    public static final String SESSION_CLAIM = "sid";
    public static final String KIND_CLAIM = "kind";

    public static Actor of(Authentication authentication) {
        var attrs = authentication.getAttributes();
        Role role = authentication.getRoles().stream().findFirst().map(Role::valueOf)
                .orElseThrow(() -> new IllegalStateException("token without role"));
        return new Actor(SubjectKind.valueOf(String.valueOf(attrs.get(KIND_CLAIM))),
                UUID.fromString(authentication.getName()), role,
                UUID.fromString(String.valueOf(attrs.get(SESSION_CLAIM))));
    }

    public boolean isStaff() {
        return kind == SubjectKind.STAFF;
    }

    public boolean isParticipant() {
        return kind == SubjectKind.PARTICIPANT;
    }

    public boolean has(Role r) {
        return role == r;
    }
}
