package se.stegvis.participant;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDateTime;
import java.util.UUID;

/** One corrected background variable with the changer's display name. {@code changedAt} is UTC. */
public record BackgroundChangeView(LocalDateTime changedAt, UUID changedBy, @Nullable String changedByName,
                                   String field, @Nullable String oldValue, @Nullable String newValue,
                                   @Nullable String reason) {
}
