package se.stegvis.participant;

import io.micronaut.serde.annotation.Serdeable;

/** How many live sessions (phones) were logged out. */
@Serdeable
public record RevokedSessionsResponse(int revokedSessions) {
}
