package se.stegvis.audit;

import java.time.LocalDateTime;
import java.util.UUID;

/** One staff read of one participant's data, as the access review lists it. {@code at} is UTC. */
record AccessRead(long id, LocalDateTime at, UUID staffId, String action, UUID teamId, UUID participantId) {
}
