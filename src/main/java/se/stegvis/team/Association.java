package se.stegvis.team;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;
import java.util.UUID;

/** A samordningsförbund: funds and governs teams; the tenant root. */
@MappedEntity("association")
record Association(@Id UUID id, String name, LocalDateTime createdAt) {
}
