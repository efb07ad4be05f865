package se.stegvis.participant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A stored change of one background variable (migrations/changes/230-background-history.xml): which field, the
 * value before and after (enum code or number as text), who changed it, when (UTC, whole seconds) and why.
 * {@code participantVersion} is the participant's version the change produced; it orders changes of the same
 * second. Never serialised: see {@link BackgroundChangeResponse}.
 */
@MappedEntity("participant_background_change")
record BackgroundChange(@Id UUID id, UUID participantId, String field, @Nullable String oldValue,
                        @Nullable String newValue, UUID changedBy, LocalDateTime changedAt, int participantVersion,
                        @Nullable String reason) {
}
