package se.stegvis.team;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import se.stegvis.shared.DemoMode;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.stegvis.security.PasswordPolicy;
import se.stegvis.security.Role;
import se.stegvis.security.SessionService;
import se.stegvis.security.Throttle;
import se.stegvis.security.Totp;
import se.stegvis.shared.Ids;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * First run: a database without any association (and no demo data) cannot be used by anyone, so
 * at startup this instance logs a one-time setup code. Whoever can read the server log may then
 * create the association and its first admin, once. The code lives only in this process's memory.
 */
@Singleton
class SetupService {
    private static final Logger LOG = LoggerFactory.getLogger(SetupService.class);
    static final String THROTTLE_BUCKET = "setup";
    private static final Throttle.Limit LIMIT = new Throttle.Limit(10, Duration.ofMinutes(15), Duration.ofMinutes(15));

    private final TeamService teams;
    private final StaffService staff;
    private final Throttle throttle;
    private final Ids ids;
    private final DemoMode demoMode;
    private volatile String code;

    SetupService(TeamService teams, StaffService staff, Throttle throttle, Ids ids,
                 DemoMode demoMode) {
        this.teams = teams;
        this.staff = staff;
        this.throttle = throttle;
        this.ids = ids;
        this.demoMode = demoMode;
    }

    record Done(StaffView admin, String totpSecret, String otpauthUri) {
    }

    @EventListener
    void onStartup(StartupEvent event) {
        issueCodeIfNeeded();
    }

    /** Issues (and logs, once) a setup code when the database is empty and demo data is off. */
    synchronized void issueCodeIfNeeded() {
        if (code != null || demoMode.enabled() || teams.anyAssociation()) {
            return;
        }
        code = ids.newToken(18);
        LOG.info("No association exists yet. One-time setup code: {} (POST /api/setup; see README)", code);
    }

    /** For tests in this package: the code this instance logged, if any. */
    Optional<String> pendingCode() {
        return Optional.ofNullable(code);
    }

    @Transactional(dontRollbackOn = WrongSetupCode.class)
    synchronized Done complete(String setupCode, String associationName, String adminUsername, String adminDisplayName,
                               String adminPassword) {
        if (teams.anyAssociation()) {
            throw new SetupAlreadyDone();
        }
        String expected = code;
        if (expected == null) {
            throw new SetupNotAvailable();
        }
        throttle.check(THROTTLE_BUCKET);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), setupCode.strip().getBytes(StandardCharsets.UTF_8))) {
            throttle.recordFailure(THROTTLE_BUCKET, LIMIT);
            throw new WrongSetupCode();
        }
        PasswordPolicy.check("adminPassword", adminPassword);
        String username = adminUsername.strip();
        var associationId = teams.createAssociation(associationName.strip());
        String secret = Totp.newSecret();
        StaffView admin = staff.create(associationId, username, adminDisplayName.strip(), Role.ADMIN, adminPassword,
                secret, List.of());
        code = null;
        throttle.reset(THROTTLE_BUCKET);
        LOG.info("Setup done: association and first admin created; the setup code is spent.");
        return new Done(admin, secret, Totp.otpauthUri(StaffAdminService.TOTP_ISSUER, username, secret));
    }
}
