package se.stegvis.participant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;
import java.util.UUID;

/** An invitation to the phone portal. Only the code's SHA-256 is stored. Times are UTC. */
@MappedEntity("invitation")
record Invitation(@Id UUID id, UUID participantId, String codeHash, UUID createdBy, LocalDateTime createdAt,
                  LocalDateTime expiresAt, @Nullable LocalDateTime redeemedAt, @Nullable LocalDateTime revokedAt) {

    boolean usable(LocalDateTime nowUtc) {
        return redeemedAt == null && revokedAt == null && expiresAt.isAfter(nowUtc);
    }
}
