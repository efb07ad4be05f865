package se.stegvis.security;

import jakarta.inject.Singleton;

import java.time.LocalDateTime;

/**
 * Deletes login records that ended long ago, for the retention job (ADR 0011): sessions expired or revoked,
 * and failed-login counters that lock nobody. What happened stays in the audit log.
 */
@Singleton
public class SessionHousekeeping {
    private final AuthSessionRepository sessions;
    private final ThrottleRepository throttles;

    SessionHousekeeping(AuthSessionRepository sessions, ThrottleRepository throttles) {
        this.sessions = sessions;
        this.throttles = throttles;
    }

    /** Rows deleted: sessions that ended and counters that went stale before {@code before} (UTC). */
    public int deleteEndedBefore(LocalDateTime before) {
        return sessions.deleteEndedBefore(before) + throttles.deleteStaleBefore(before);
    }
}
