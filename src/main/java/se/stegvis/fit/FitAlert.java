package se.stegvis.fit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;
import java.util.UUID;

/** A stored alert: raised once per participant, session and kind; open until acknowledged with a note. */
@MappedEntity("fit_alert")
record FitAlert(@Id UUID id, UUID participantId, UUID teamId, UUID sessionId, AlertKind kind, @Nullable String detail,
                LocalDateTime raisedAt, @Nullable LocalDateTime acknowledgedAt, @Nullable UUID acknowledgedBy,
                @Nullable String note) {

    FitAlert acknowledged(UUID by, String text, LocalDateTime at) {
        return new FitAlert(id, participantId, teamId, sessionId, kind, detail, raisedAt, at, by, text);
    }
}
