package se.stegvis.privacy;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** The participant is anonymous statistics from {@code erasedOn}: their id no longer finds anything. */
@Serdeable
public record ErasureResponse(LocalDate erasedOn) {
}
