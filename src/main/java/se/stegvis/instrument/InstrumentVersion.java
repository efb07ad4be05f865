package se.stegvis.instrument;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One immutable version of an instrument: its {@link InstrumentDefinition} as JSON. Rows are only
 * ever inserted; answers record the version id they were given on.
 */
@MappedEntity("instrument_version")
record InstrumentVersion(@Id UUID id, UUID instrumentId, int version, String definition, LocalDateTime createdAt,
                         @Nullable UUID createdBy) {
}
