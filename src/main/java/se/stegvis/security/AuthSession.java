package se.stegvis.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One login: a staff member's (short access tokens, rotating refresh token) or a participant's
 * phone (long-lived). Refresh tokens are stored only as SHA-256 hashes. Times are UTC.
 */
@MappedEntity("auth_session")
record AuthSession(@Id UUID id, SubjectKind subjectKind, UUID subjectId,
                   @Nullable String refreshHash, @Nullable String previousRefreshHash,
                   LocalDateTime createdAt, LocalDateTime expiresAt, LocalDateTime lastUsedAt,
                   @Nullable LocalDateTime revokedAt, @Nullable String revokedReason) {

    boolean isLive(LocalDateTime nowUtc) {
        return revokedAt == null && expiresAt.isAfter(nowUtc);
    }
}
