package se.stegvis.instrument;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One version of an instrument with its whole definition in all three languages (staff manage the
 * wording). {@code maxScore} is the highest SUM, null when the instrument is not scored.
 */
@Serdeable
record InstrumentResponse(String code, boolean builtIn, PrivacyMode privacyMode, Scoring scoring, int version,
                          UUID versionId, LocalDateTime createdAt, @Nullable Integer maxScore,
                          InstrumentDefinition definition) {
    static InstrumentResponse from(InstrumentVersionView v) {
        return new InstrumentResponse(v.code(), v.builtIn(), v.privacyMode(), v.scoring(), v.version(), v.versionId(),
                v.createdAt(), v.scoring() == Scoring.SUM ? v.definition().maxScore() : null, v.definition());
    }
}
