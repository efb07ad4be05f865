package se.stegvis.participant;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published, inside the command's transaction, whenever a participant is created, updated or
 * exits: other features (what is due, later reports) react to the path without reading this
 * feature's tables. Carries no names or background variables.
 */
public record ParticipantPathChanged(UUID participantId, UUID teamId, @Nullable LocalDate enrolmentDate,
                                     @Nullable LocalDate exitDate) {
}
