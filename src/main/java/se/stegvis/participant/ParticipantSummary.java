package se.stegvis.participant;

import java.util.UUID;

/** A participant as a list shows them: the name staff know them by and where they are on the path. */
public record ParticipantSummary(UUID id, UUID teamId, String displayName, PathStage stage) {
}
