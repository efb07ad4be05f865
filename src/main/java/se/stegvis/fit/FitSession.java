package se.stegvis.fit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A meeting recorded by a coach: individual or group, the day it was held and who held it.
 * {@code code}: six characters the coach shows on the day, so an attendee opens the right form.
 */
@MappedEntity("fit_session")
record FitSession(@Id UUID id, UUID teamId, UUID associationId, SessionKind kind, LocalDate heldOn, UUID coachId,
                  @Nullable String title, LocalDateTime createdAt, UUID createdBy, @Nullable String code) {
}
