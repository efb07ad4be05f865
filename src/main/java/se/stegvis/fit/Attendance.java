package se.stegvis.fit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A participant in a session, with the ORS and SRS due items put on their list for it (none for a past day). */
@MappedEntity("fit_attendance")
record Attendance(@Id UUID id, UUID sessionId, UUID participantId, @Nullable UUID orsDueItemId,
                  @Nullable UUID srsDueItemId) {
}
