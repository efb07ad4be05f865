package se.stegvis.security;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * What login needs to know and change about a staff account. The team feature owns the staff
 * table and implements this, so security never reads another feature's tables. Times are UTC.
 */
public interface StaffAccounts {

    /** The login-relevant part of an account. */
    record Account(UUID id, Role role, String passwordHash, @Nullable String totpSecret, boolean active,
                   @Nullable LocalDateTime lockedUntil, @Nullable Long totpLastStep) {
    }

    Optional<Account> findByUsername(String username);

    /**
     * Counts one more consecutive failure; when it reaches {@code maxFailures} the account is locked
     * until {@code lockUntil} and the count starts again. Returns true when this failure locked it.
     */
    boolean recordFailure(UUID accountId, int maxFailures, LocalDateTime lockUntil);

    /**
     * Records a successful login at TOTP step {@code step}: clears failures and lock. Returns false,
     * changing nothing, when that step or a later one was already used (a replayed code).
     */
    boolean recordSuccess(UUID accountId, long step);
}
