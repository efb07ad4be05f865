package se.stegvis.team;

import se.stegvis.security.Role;

import java.util.List;
import java.util.UUID;

/** A staff member as other features see it: no secrets. */
public record StaffView(UUID id, UUID associationId, String username, String displayName, Role role,
                        boolean active, List<UUID> teamIds) {
}
