package se.stegvis.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import se.stegvis.security.SubjectKind;

import java.time.LocalDateTime;
import java.util.UUID;

/** One audit row: who did what, when (UTC, whole seconds), to which team and participant. */
@MappedEntity("audit_event")
record AuditEvent(@Id @GeneratedValue @Nullable Long id, LocalDateTime at, SubjectKind actorKind, UUID actorId,
                  String action, @Nullable UUID teamId, @Nullable UUID participantId, @Nullable String detail) {
}
