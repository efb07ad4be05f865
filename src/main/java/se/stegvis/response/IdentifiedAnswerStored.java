package se.stegvis.response;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Published inside the submission's transaction after an identified answer is stored, so other
 * features (feedback-informed work) can react without reading this feature's tables; a listener that
 * fails rolls the answer back. {@code answers} is the normalised answer map (VAS items as BigDecimal);
 * {@code dueItemId} and {@code dueDate} name the due item the answer closed, if any. Never published
 * for anonymous answers.
 */
public record IdentifiedAnswerStored(UUID responseId, UUID participantId, UUID teamId, UUID instrumentVersionId,
                                     String instrumentCode, Map<String, Object> answers, @Nullable BigDecimal score,
                                     LocalDateTime submittedAt, @Nullable UUID dueItemId,
                                     @Nullable LocalDate dueDate) {
}
