package se.stegvis.group;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A team's booking rules; a team without a row has the defaults (overlapping bookings allowed). */
@MappedEntity("group_team_rule")
record TeamRule(@Id UUID teamId, boolean noOverlappingBookings) {
}
