package se.stegvis.screening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One screening as stored: in clear only who, team, version, month, gender, declined and when; the
 * answers are in {@code payload}, encrypted with the key {@code keyId} ({@link ScreeningCipher}).
 * {@code readAt}/{@code readBy}: when a coach or team lead first read it (clears the alert).
 */
@MappedEntity("screening_response")
record ScreeningRecord(@Id UUID id, UUID participantId, UUID teamId, UUID instrumentVersionId, String period,
                       String gender, boolean declined, String keyId, String payload, LocalDateTime submittedAt,
                       @Nullable LocalDateTime readAt, @Nullable UUID readBy) {

    ScreeningCipher.Binding binding() {
        return new ScreeningCipher.Binding(id, participantId, instrumentVersionId, declined);
    }

    ScreeningRecord readBy(UUID staffId, LocalDateTime at) {
        return new ScreeningRecord(id, participantId, teamId, instrumentVersionId, period, gender, declined, keyId,
                payload, submittedAt, at, staffId);
    }
}
