package se.stegvis.audit;

import io.micronaut.core.annotation.Nullable;
import se.stegvis.security.SubjectKind;

import java.time.LocalDateTime;
import java.util.UUID;

/** An audit row with the names a team lead needs to read it. {@code at} is UTC. */
public record AuditEntry(long id, String action, LocalDateTime at, SubjectKind actorKind, UUID actorId,
                         @Nullable String actorName, @Nullable UUID participantId,
                         @Nullable String participantName, @Nullable String detail) {
}
