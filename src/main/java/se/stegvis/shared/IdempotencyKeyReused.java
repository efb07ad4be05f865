package se.stegvis.shared;

/** The key was already used for a different request: a client bug, never retried automatically. */
public class IdempotencyKeyReused extends DomainException {
    public IdempotencyKeyReused() {
        super(Kind.RULE_VIOLATED, "idempotency.key-reused", IdempotencyService.HEADER);
    }
}
