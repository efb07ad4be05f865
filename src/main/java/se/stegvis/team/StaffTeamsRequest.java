package se.stegvis.team;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** The complete set of teams a staff member belongs to from now on. */
@Serdeable
record StaffTeamsRequest(@NotNull @Size(max = 50) List<@NotNull UUID> teamIds) {
}
