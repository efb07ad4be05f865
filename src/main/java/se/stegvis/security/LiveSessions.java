package se.stegvis.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Remembers, for a few seconds, that a session was found live, so that not every authenticated
 * request reads {@code auth_session} (docs/adr/0002-sessions-and-ids.md). Only "live" is
 * remembered, never "revoked": a revoked session is refused on every request as before.
 *
 * <ul>
 *   <li>Bounded in time: an entry is trusted for {@code stegvis.session-liveness-cache} (default 5 s,
 *   0 switches the cache off) and never past the session's own expiry.</li>
 *   <li>Bounded in size: at most {@code stegvis.session-liveness-cache-size} entries; when full,
 *   entries are dropped (the next request of a dropped session reads the database again).</li>
 *   <li>Revocation through {@link SessionService} on this instance is immediate: the entries are
 *   removed before the revoking statement and again once its transaction ends, and a read that
 *   started before a revocation never stores its (possibly stale) result. Another instance learns
 *   of it within the time bound.</li>
 * </ul>
 */
@Singleton
class LiveSessions {
    private final ConcurrentHashMap<UUID, Entry> live = new ConcurrentHashMap<>();
    /** Incremented on every revocation; a read that saw another value stores nothing. */
    private final AtomicLong revocations = new AtomicLong();
    private final Clock clock;
    private final long ttlMillis;
    private final int maxEntries;

    private record Entry(SubjectKind kind, UUID subjectId, long expiresAtMillis, long trustedUntilMillis) {
    }

    /** What a database read found: the session's owner and expiry, when it is live. */
    record Live(SubjectKind kind, UUID subjectId, LocalDateTime expiresAtUtc) {
    }

    LiveSessions(Clock clock, @Value("${stegvis.session-liveness-cache:5s}") Duration ttl,
                 @Value("${stegvis.session-liveness-cache-size:10000}") int maxEntries) {
        this.clock = clock;
        this.ttlMillis = Math.max(0, ttl.toMillis());
        this.maxEntries = Math.max(1, maxEntries);
    }

    /** True when the session was found live within the time bound and is not past its expiry. */
    boolean knownLive(UUID sessionId) {
        Entry e = live.get(sessionId);
        if (e == null) {
            return false;
        }
        long now = clock.millis();
        if (now >= e.trustedUntilMillis() || now >= e.expiresAtMillis()) {
            live.remove(sessionId, e);
            return false;
        }
        return true;
    }

    /**
     * Whether the session is live: from memory when known, otherwise from {@code read} (the
     * database), whose positive answer is remembered unless a revocation happened meanwhile.
     */
    boolean isLive(UUID sessionId, Supplier<Optional<Live>> read) {
        if (knownLive(sessionId)) {
            return true;
        }
        long seen = revocations.get();
        Optional<Live> found = read.get();
        found.ifPresent(l -> remember(sessionId, l, seen));
        return found.isPresent();
    }

    /** Forgets one session (logout, a reused refresh token). */
    void revoked(UUID sessionId) {
        revocations.incrementAndGet();
        live.remove(sessionId);
    }

    /** Forgets every session of a subject (deactivated staff, a lost phone). */
    void revokedAll(SubjectKind kind, UUID subjectId) {
        revocations.incrementAndGet();
        live.values().removeIf(e -> e.kind() == kind && e.subjectId().equals(subjectId));
    }

    private void remember(UUID sessionId, Live l, long seen) {
        if (ttlMillis == 0) {
            return;
        }
        if (live.size() >= maxEntries) {
            live.clear();
        }
        long now = clock.millis();
        live.put(sessionId, new Entry(l.kind(), l.subjectId(), l.expiresAtUtc().toInstant(ZoneOffset.UTC).toEpochMilli(),
                now + ttlMillis));
        if (revocations.get() != seen) {
            // A revocation ran while we read: what we read may predate it.
            live.remove(sessionId);
        }
    }
}
