package se.stegvis.report;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.audit.AuditService;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.shared.DomainException.FieldProblem;
import se.stegvis.shared.Times;
import se.stegvis.team.StaffService;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * An association's report settings as the API offers them: read and changed by the association's
 * admins and coordinators (changes audited). Anyone else, and any other association, gets "not
 * found" — the route's roles already refuse coaches and team leads with 403.
 */
@Singleton
class ReportSettingsService {
    static final String CHANGED = "REPORT_SETTINGS_CHANGED";

    private final ReportSettingsRepository rows;
    private final ReportSettingsSource source;
    private final StaffService staff;
    private final AuditService audit;
    private final Clock clock;

    ReportSettingsService(ReportSettingsRepository rows, ReportSettingsSource source, StaffService staff,
                          AuditService audit, Clock clock) {
        this.rows = rows;
        this.source = source;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    ReportSettings read(Actor actor, UUID associationId) {
        checkAccess(actor, associationId);
        return source.of(associationId);
    }

    /** Replaces the settings as a whole; the same request twice leaves the same row. */
    @Transactional
    ReportSettings update(Actor actor, UUID associationId, int threshold, List<Integer> ageBands,
                          VerdictThresholds verdicts) {
        checkAccess(actor, associationId);
        List<FieldProblem> problems = ReportSettingsRules.check(threshold, ageBands, verdicts);
        if (!problems.isEmpty()) {
            throw new InvalidReportSettings(problems);
        }
        ReportSettings s = new ReportSettings(threshold, ageBands, verdicts);
        ReportSettingsRow row = ReportSettingsRow.of(associationId, s, Times.nowUtc(clock), actor.id());
        if (rows.existsById(associationId)) {
            rows.update(row);
        } else {
            rows.save(row);
        }
        audit.record(actor, CHANGED, null, null, "threshold=" + threshold + ";ageBands=" + row.ageBands()
                + ";verdicts=" + verdicts.veryGood() + "/" + verdicts.good() + "/" + verdicts.acceptable());
        return s;
    }

    private void checkAccess(Actor actor, UUID associationId) {
        if (!(actor.has(Role.ADMIN) || actor.has(Role.COORDINATOR)) || !staff.actsFor(actor, associationId)) {
            throw new AssociationNotFound();
        }
    }
}
