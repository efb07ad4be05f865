package se.stegvis.security;

import se.stegvis.shared.DomainException;

import java.util.OptionalLong;

/** Too many failed attempts from one source or on one account; try again later. */
public class TooManyAttempts extends DomainException {
    private final long retryAfterSeconds;

    public TooManyAttempts(long retryAfterSeconds) {
        super(Kind.TOO_MANY_REQUESTS, "security.too-many-attempts", Math.max(1, (retryAfterSeconds + 59) / 60));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public OptionalLong retryAfterSeconds() {
        return OptionalLong.of(retryAfterSeconds);
    }
}
