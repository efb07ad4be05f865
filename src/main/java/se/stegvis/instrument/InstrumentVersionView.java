package se.stegvis.instrument;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One version of an instrument as other features see it: what to show, how answers are stored
 * ({@link #privacyMode()}) and scored. {@code associationId} is null for a built-in instrument.
 */
public record InstrumentVersionView(UUID instrumentId, String code, @Nullable UUID associationId,
                                    PrivacyMode privacyMode, Scoring scoring, UUID versionId, int version,
                                    InstrumentDefinition definition, LocalDateTime createdAt,
                                    @Nullable UUID createdBy) {
    public boolean builtIn() {
        return associationId == null;
    }
}
