package se.stegvis.team;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.security.StaffAccounts;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/** The staff table, as login sees it. Each method is its own transaction: failures must stick. */
@Singleton
class StaffCredentials implements StaffAccounts {
    private final StaffRepository staff;

    StaffCredentials(StaffRepository staff) {
        this.staff = staff;
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return staff.findByUsername(username).map(s -> new Account(s.id(), s.role(), s.passwordHash(), s.totpSecret(),
                s.active(), s.lockedUntil(), s.totpLastStep()));
    }

    @Override
    @Transactional
    public boolean recordFailure(UUID accountId, int maxFailures, LocalDateTime lockUntil) {
        staff.countFailure(accountId);
        return staff.lockIfDue(accountId, maxFailures, lockUntil) > 0;
    }

    @Override
    @Transactional
    public boolean recordSuccess(UUID accountId, long step) {
        return staff.acceptTotpStep(accountId, step) > 0;
    }
}
