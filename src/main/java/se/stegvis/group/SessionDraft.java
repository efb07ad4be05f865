package se.stegvis.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** One session as staff send it; {@code id} names an existing session to keep (its attendance stays). */
@Serdeable
record SessionDraft(@Nullable UUID id, @NotNull LocalDate date, @NotNull LocalTime start, @NotNull LocalTime end) {
}
