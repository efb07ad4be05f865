package se.stegvis.instrument;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** A new definition for an instrument: it becomes its next version. Privacy mode and scoring stay. */
@Serdeable
record ReviseInstrumentRequest(@NotNull InstrumentDefinition definition) {
}
