package se.stegvis.response;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What an anonymous submission answers, and all its idempotency record keeps: {@code {"saved":true}}
 * — no id, no answers, no time, nothing a stored or replayed response could link to the answer.
 */
@Serdeable
record AnonymousSavedResponse(boolean saved) {
    static final AnonymousSavedResponse SAVED = new AnonymousSavedResponse(true);
}
