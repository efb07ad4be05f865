package se.stegvis.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An answer linked to the participant (privacy mode IDENTIFIED). {@code answers} is the normalised
 * answer map as JSON; {@code submittedAt} is UTC, whole seconds.
 */
@MappedEntity("identified_response")
record IdentifiedResponse(@Id UUID id, UUID participantId, UUID teamId, UUID instrumentVersionId,
                          String instrumentCode, String answers, @Nullable BigDecimal score,
                          LocalDateTime submittedAt) {
}
