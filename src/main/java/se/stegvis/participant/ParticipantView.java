package se.stegvis.participant;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.UUID;

/** A participant as other features see it: details, derived stage, exit outcomes and coaches. */
public record ParticipantView(UUID id, UUID teamId, ParticipantDetails details, PathStage stage,
                              List<Outcome> outcomes, @Nullable IncomeSource incomeAfter, List<UUID> coachIds,
                              int version) {
}
