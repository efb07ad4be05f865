package se.stegvis.shared;

/** The first request with this key is still being processed; retry shortly with the same key. */
public class IdempotencyInFlight extends DomainException {
    public static final int RETRY_AFTER_SECONDS = 1;

    public IdempotencyInFlight() {
        super(Kind.CONFLICT, "idempotency.in-flight");
    }

    @Override
    public java.util.OptionalLong retryAfterSeconds() {
        return java.util.OptionalLong.of(RETRY_AFTER_SECONDS);
    }
}
