package se.stegvis.team;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** Membership of a staff member in a team. */
@MappedEntity("staff_team")
record StaffTeam(@EmbeddedId Key id) {
    @Embeddable
    record Key(UUID staffId, UUID teamId) {
    }

    static StaffTeam of(UUID staffId, UUID teamId) {
        return new StaffTeam(new Key(staffId, teamId));
    }
}
