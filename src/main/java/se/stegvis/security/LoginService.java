package se.stegvis.security;

import se.stegvis.shared.Times;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.OptionalLong;

/**
 * Staff login in one step: username, password and TOTP code.
 * <ul>
 *   <li>Unknown user, wrong password and deactivated account answer the same, and an unknown
 *       user still costs one Argon2 hash, so neither the answer nor its timing tells them apart.</li>
 *   <li>A missing code is reported ({@link MfaRequired}) only after the password was verified.</li>
 *   <li>Consecutive failures lock the account (5 ⇒ 15 minutes); failures per client address are
 *       counted as well (20 in 15 minutes), against spraying one password over many accounts.</li>
 *   <li>A code is accepted once: its step must be later than the last accepted step.</li>
 * </ul>
 */
@Singleton
public class LoginService {
    private final StaffAccounts accounts;
    private final PasswordHasher hasher;
    private final Throttle throttle;
    private final SessionService sessions;
    private final Clock clock;
    private final int accountMaxFailures;
    private final Duration accountLock;
    private final Throttle.Limit addressLimit;
    private final String dummyHash;

    LoginService(StaffAccounts accounts, PasswordHasher hasher, Throttle throttle, SessionService sessions, Clock clock,
                 @Value("${stegvis.login.account-max-failures:5}") int accountMaxFailures,
                 @Value("${stegvis.login.account-lock-minutes:15}") int accountLockMinutes,
                 @Value("${stegvis.login.address-max-failures:20}") int addressMaxFailures,
                 @Value("${stegvis.login.address-window-minutes:15}") int addressWindowMinutes) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.sessions = sessions;
        this.clock = clock;
        this.accountMaxFailures = accountMaxFailures;
        this.accountLock = Duration.ofMinutes(accountLockMinutes);
        this.addressLimit = new Throttle.Limit(addressMaxFailures, Duration.ofMinutes(addressWindowMinutes),
                Duration.ofMinutes(addressWindowMinutes));
        // Checked against when the user is unknown, so that path costs as much as a real check.
        this.dummyHash = hasher.hash("not a password of anyone " + System.nanoTime());
    }

    /** The throttle bucket of one client address. */
    public static String addressBucket(String clientAddress) {
        return "login-ip:" + clientAddress;
    }

    public SessionService.StaffTokens login(String username, String password, @Nullable String totp,
                                            String clientAddress) {
        String bucket = addressBucket(clientAddress);
        throttle.check(bucket);
        var found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            hasher.matches(password, dummyHash);
            throttle.recordFailure(bucket, addressLimit);
            throw new InvalidCredentials();
        }
        StaffAccounts.Account account = found.get();
        LocalDateTime now = nowUtc();
        if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
            throw new TooManyAttempts(Duration.between(now, account.lockedUntil()).toSeconds());
        }
        if (!hasher.matches(password, account.passwordHash()) || !account.active()) {
            fail(account, bucket, now);
            throw new InvalidCredentials();
        }
        if (totp == null || totp.isBlank()) {
            throw new MfaRequired();
        }
        if (account.totpSecret() == null) {
            // An account without an enrolled second factor cannot log in (every account gets one at creation).
            fail(account, bucket, now);
            throw new InvalidTotp();
        }
        OptionalLong step = Totp.matchingStep(account.totpSecret(), totp, clock.instant());
        if (step.isEmpty()) {
            fail(account, bucket, now);
            throw new InvalidTotp();
        }
        if (!accounts.recordSuccess(account.id(), step.getAsLong())) {
            fail(account, bucket, now);
            throw new TotpReused();
        }
        return sessions.startStaffSession(account.id(), account.role());
    }

    private void fail(StaffAccounts.Account account, String bucket, LocalDateTime now) {
        if (account.active()) {
            accounts.recordFailure(account.id(), accountMaxFailures, now.plus(accountLock));
        }
        throttle.recordFailure(bucket, addressLimit);
    }

    private LocalDateTime nowUtc() {
        return Times.nowUtc(clock);
    }
}
