package se.stegvis.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;

/** A coach's request that a participant fills in an instrument, by code (e.g. ORS), today or on a date. */
@Serdeable
record RequestDueRequest(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String instrumentCode,
                         @Nullable LocalDate dueDate) {
}
