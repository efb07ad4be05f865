package se.stegvis.team;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import se.stegvis.security.Role;

import java.util.List;
import java.util.UUID;

/** The caller's own profile, with the teams they belong to. */
/** Empty lists are sent as [], not left out. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record MeResponse(UUID id, UUID associationId, String username, String displayName, Role role, List<TeamRef> teams) {
    @Serdeable
    record TeamRef(UUID id, String name, String shortName) {
    }

    static MeResponse from(StaffAdminService.Me me) {
        var s = me.staff();
        return new MeResponse(s.id(), s.associationId(), s.username(), s.displayName(), s.role(),
                me.teams().stream().map(t -> new TeamRef(t.id(), t.name(), t.shortName())).toList());
    }
}
