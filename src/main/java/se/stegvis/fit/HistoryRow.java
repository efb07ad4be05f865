package se.stegvis.fit;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One row of a history read: a participant's attendance at a session, with one of its ratings (or none).
 * A session with ORS and SRS gives two rows.
 */
record HistoryRow(UUID participantId, UUID sessionId, UUID teamId, UUID associationId, SessionKind kind, LocalDate heldOn,
                  LocalDateTime createdAt, @Nullable String instrumentCode, @Nullable UUID instrumentVersionId,
                  List<BigDecimal> items, @Nullable RatingSource source) {
}
