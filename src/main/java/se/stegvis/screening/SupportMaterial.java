package se.stegvis.screening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;
import java.util.UUID;

/** A municipality's local support brochure in one language: a text, a link (e.g. a PDF), or both. */
@MappedEntity("screening_support_material")
record SupportMaterial(@Id UUID id, UUID teamId, String municipality, String language, @Nullable String text,
                       @Nullable String url, LocalDateTime updatedAt, UUID updatedBy) {
}
