package se.stegvis.participant;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.UUID;

/** The participant's coaches from now on: coaches or team leads of the participant's team. */
@Serdeable
public record ParticipantCoachesRequest(@NotNull List<UUID> staffIds) {
}
