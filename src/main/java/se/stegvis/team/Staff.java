package se.stegvis.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import se.stegvis.security.Role;

import java.time.LocalDateTime;
import java.util.UUID;

/** A staff account. Never serialised: wire types are separate records. */
@MappedEntity("staff")
record Staff(@Id UUID id, UUID associationId, String username, String displayName, Role role,
             String passwordHash, @Nullable String totpSecret, boolean totpConfirmed, boolean active,
             int failedLogins, @Nullable LocalDateTime lockedUntil, LocalDateTime createdAt,
             @Nullable LocalDateTime deactivatedAt, @Nullable Long totpLastStep) {
}
