package se.stegvis.screening;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;
import java.util.UUID;

/** The team's local contacts shown with "help now" (e.g. the municipality's social services on call). */
@MappedEntity("screening_team_contacts")
record TeamContacts(@Id UUID teamId, String localContacts, LocalDateTime updatedAt, UUID updatedBy) {
}
