package se.stegvis.privacy;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.stegvis.audit.AuditService;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.shared.Times;
import se.stegvis.team.StaffService;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Retention as the API offers it: the association's admins and data protection officers read the settings and
 * what the job did; admins change the settings and may run the job now (both audited). Anyone else, and any
 * other association, gets "not found".
 */
@Singleton
class RetentionService {
    static final String CHANGED = "RETENTION_SETTINGS_CHANGED";
    static final String RUN = "RETENTION_RUN";

    private final RetentionRepository rows;
    private final RetentionJob job;
    private final StaffService staff;
    private final AuditService audit;
    private final Clock clock;

    RetentionService(RetentionRepository rows, RetentionJob job, StaffService staff, AuditService audit, Clock clock) {
        this.rows = rows;
        this.job = job;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    RetentionStatus read(Actor actor, UUID associationId) {
        checkAccess(actor, associationId, Role.ADMIN, Role.DATA_PROTECTION_OFFICER);
        return status(associationId);
    }

    @Transactional
    RetentionStatus update(Actor actor, UUID associationId, RetentionSettings settings) {
        checkAccess(actor, associationId, Role.ADMIN);
        var problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new InvalidRetentionSettings(problems);
        }
        rows.saveSettings(associationId, settings, Times.nowUtc(clock), actor.id());
        audit.record(actor, CHANGED, null, null, "identifiedMonthsAfterExit=" + settings.identifiedMonthsAfterExit()
                + ";auditMonths=" + settings.auditMonths());
        return status(associationId);
    }

    /** Runs the job for the association now, as the nightly run would. */
    RetentionStatus runNow(Actor actor, UUID associationId) {
        checkAccess(actor, associationId, Role.ADMIN);
        RetentionJob.Result r = job.runFor(associationId);
        audit.record(actor, RUN, null, null, "anonymised=" + r.anonymised() + ";failed=" + r.failed()
                + ";auditDeleted=" + r.auditDeleted());
        return status(associationId);
    }

    private RetentionStatus status(UUID associationId) {
        Optional<RetentionSettings> stored = rows.settings(associationId);
        RetentionSettings settings = stored.orElse(RetentionSettings.DEFAULT);
        var exitBefore = job.exitBefore(settings);
        RetentionStatus.LastRun last = rows.lastRun(associationId).map(r -> new RetentionStatus.LastRun(
                r.startedAt(), r.finishedAt(), r.anonymised(), r.failed(), r.auditDeleted())).orElse(null);
        return new RetentionStatus(settings, stored.isEmpty(), exitBefore, rows.countExpired(associationId, exitBefore),
                rows.countStalledWithoutExit(associationId, exitBefore), last);
    }

    private void checkAccess(Actor actor, UUID associationId, Role... roles) {
        if (!Arrays.stream(roles).anyMatch(actor::has) || !staff.actsFor(actor, associationId)) {
            throw new RetentionNotFound();
        }
    }
}
