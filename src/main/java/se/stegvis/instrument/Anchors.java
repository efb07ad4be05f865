package se.stegvis.instrument;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The words at the two ends of a VAS_0_10 line or a RATING_1_5 scale. */
@Serdeable
public record Anchors(@Nullable Texts low, @Nullable Texts high) {
}
