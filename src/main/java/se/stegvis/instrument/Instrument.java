package se.stegvis.instrument;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An instrument: a code, whose it is ({@code associationId} null = built-in, from migrations) and
 * the two things that never change across its versions: privacy mode and scoring.
 */
@MappedEntity("instrument")
record Instrument(@Id UUID id, String code, @Nullable UUID associationId, PrivacyMode privacyMode,
                  Scoring scoring, LocalDateTime createdAt) {
    boolean builtIn() {
        return associationId == null;
    }
}
