package se.stegvis.team;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import se.stegvis.security.Role;

import java.util.List;
import java.util.UUID;

/** Empty lists are sent as [], not left out. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record StaffResponse(UUID id, String username, String displayName, Role role, boolean active, List<UUID> teamIds) {
    static StaffResponse from(StaffView s) {
        return new StaffResponse(s.id(), s.username(), s.displayName(), s.role(), s.active(), s.teamIds());
    }
}
