package se.stegvis.shared;

import java.util.List;

/** The Idempotency-Key header is missing, blank, too short or long, or not printable ASCII. */
public class IdempotencyKeyInvalid extends DomainException {
    public IdempotencyKeyInvalid() {
        super(Kind.INVALID, "idempotency.key-invalid",
                List.of(new FieldProblem(IdempotencyService.HEADER, "idempotency.key-invalid.field",
                        IdempotencyService.MIN_KEY_LENGTH, IdempotencyService.MAX_KEY_LENGTH)),
                IdempotencyService.HEADER);
    }
}
