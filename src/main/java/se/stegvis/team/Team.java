package se.stegvis.team;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One funded intervention (insats), e.g. "Samverkansteam Avesta". {@code municipalities} and
 * {@code goalOutcomes} are stored as ';'-separated lists; {@link TeamService} exposes them as lists.
 */
@MappedEntity("team")
record Team(@Id UUID id, UUID associationId, String name, String shortName, String municipalities,
            String goalOutcomes, int trialPeriodMonths, boolean active, LocalDateTime createdAt) {
}
