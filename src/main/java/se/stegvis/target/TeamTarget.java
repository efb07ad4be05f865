package se.stegvis.target;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/** One target of a team for one year; at most one per team, year and kind. */
@MappedEntity("team_target")
record TeamTarget(@Id UUID id, UUID teamId, int targetYear, String kind, BigDecimal targetValue,
                  LocalDateTime updatedAt, UUID updatedBy) {
}
