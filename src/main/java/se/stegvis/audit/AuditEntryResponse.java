package se.stegvis.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.stegvis.security.SubjectKind;

import java.time.LocalDateTime;
import java.util.UUID;

/** One audit row on the wire. {@code at} is UTC. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AuditEntryResponse(long id, String action, LocalDateTime at, SubjectKind actorKind, UUID actorId,
                                 @Nullable String actorName, @Nullable UUID participantId,
                                 @Nullable String participantName, @Nullable String detail) {
    static AuditEntryResponse from(AuditEntry e) {
        return new AuditEntryResponse(e.id(), e.action(), e.at(), e.actorKind(), e.actorId(), e.actorName(),
                e.participantId(), e.participantName(), e.detail());
    }
}
