package se.stegvis.security;

import se.stegvis.shared.Times;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Counts failures per bucket in the database (so every instance behind a load balancer sees the
 * same counts). A bucket that reaches its limit within the window is locked for the lock time.
 */
@Singleton
public class Throttle {
    /** How many failures a bucket may have within {@code window} before it is locked for {@code lock}. */
    public record Limit(int maxFailures, Duration window, Duration lock) {
    }

    private final ThrottleRepository entries;
    private final Clock clock;

    Throttle(ThrottleRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Throws {@link TooManyAttempts} while the bucket is locked. */
    public void check(String bucket) {
        LocalDateTime now = now();
        entries.findById(bucket).ifPresent(e -> {
            if (e.lockedUntil() != null && e.lockedUntil().isAfter(now)) {
                throw new TooManyAttempts(Duration.between(now, e.lockedUntil()).toSeconds());
            }
        });
    }

    /** Records one failure; returns true when this failure locked the bucket. */
    @Transactional
    public boolean recordFailure(String bucket, Limit limit) {
        LocalDateTime now = now();
        ThrottleEntry e = entries.findById(bucket).orElse(null);
        if (e == null) {
            entries.save(lockIfDue(new ThrottleEntry(bucket, now, 1, null), limit, now));
            return limit.maxFailures() <= 1;
        }
        boolean windowOver = e.windowStart().plus(limit.window()).isBefore(now);
        ThrottleEntry next = windowOver ? new ThrottleEntry(bucket, now, 1, null)
                : new ThrottleEntry(bucket, e.windowStart(), e.attempts() + 1, e.lockedUntil());
        ThrottleEntry saved = lockIfDue(next, limit, now);
        entries.update(saved);
        return saved.lockedUntil() != null && saved.lockedUntil().isAfter(now);
    }

    @Transactional
    public void reset(String bucket) {
        entries.deleteById(bucket);
    }

    private static ThrottleEntry lockIfDue(ThrottleEntry e, Limit limit, LocalDateTime now) {
        return e.attempts() >= limit.maxFailures()
                ? new ThrottleEntry(e.bucket(), now, 0, now.plus(limit.lock())) : e;
    }

    private LocalDateTime now() {
        return Times.nowUtc(clock);
    }
}
