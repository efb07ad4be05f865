package se.stegvis.fit;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** One session of one participant, numbered 1, 2, … in the order held, with the ratings given for it. */
record SessionPoint(UUID sessionId, int number, LocalDate heldOn, SessionKind kind, @Nullable Scores ors,
                    @Nullable Scores srs) {
}
