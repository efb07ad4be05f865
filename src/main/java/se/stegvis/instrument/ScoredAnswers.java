package se.stegvis.instrument;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * Answers that passed {@link InstrumentService#validate}, in the definition's item order and in
 * normal form: VAS_0_10 a {@link BigDecimal} with one decimal (7.0), RATING_1_5 an {@link Integer},
 * SINGLE_CHOICE and YES_NO a {@link String}, MULTIPLE_CHOICE a {@code List<String>} in the
 * definition's choice order, FREE_TEXT a trimmed {@link String}. Unanswered optional items are absent.
 *
 * @param score the SUM of the scored items; null for {@link Scoring#NONE} or when an optional
 *              scored item was left out (a partial sum would look like a low score)
 */
public record ScoredAnswers(UUID versionId, Map<String, Object> answers, @Nullable BigDecimal score) {
}
