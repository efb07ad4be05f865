package se.stegvis.privacy;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.stegvis.audit.AuditRetention;
import se.stegvis.participant.InvitationService;
import se.stegvis.security.SessionHousekeeping;
import se.stegvis.shared.Ids;
import se.stegvis.shared.Times;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The retention job (issue 9 part 1, ADR 0011): for each association, participants who exited longer ago than
 * the association keeps identified data become anonymous statistics ({@link Anonymiser}, one transaction
 * each), and audit rows older than the audit retention are deleted. Idempotent: what is done is not found
 * again. Resumable: a crash loses at most the participant in hand, whose transaction rolls back, and the next
 * run takes it again. It logs and stores counts, never content or ids. Last, login records that ended a month
 * ago go: sessions, login counters, invitations.
 */
@Singleton
public class RetentionJob {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    /** What one run did for one association. */
    public record Result(UUID associationId, LocalDate exitBefore, int anonymised, int failed, int auditDeleted) {
    }

    /** What a run over every association did, and how many ended login records it deleted. */
    public record Summary(List<Result> associations, int endedDeleted) {
    }

    private final RetentionRepository rows;
    private final Anonymiser anonymiser;
    private final AuditRetention audit;
    private final Clock clock;
    private final Ids ids;
    private final SessionHousekeeping sessions;
    private final InvitationService invitations;

    RetentionJob(RetentionRepository rows, Anonymiser anonymiser, AuditRetention audit, Clock clock, Ids ids,
                 SessionHousekeeping sessions, InvitationService invitations) {
        this.sessions = sessions;
        this.invitations = invitations;
        this.rows = rows;
        this.anonymiser = anonymiser;
        this.audit = audit;
        this.clock = clock;
        this.ids = ids;
    }

    /** Days ended sessions, stale login counters and expired invitations are kept, for looking into an incident. */
    static final int ENDED_KEPT_DAYS = 30;

    /** Every association, one after the other, then the login records that ended long ago (all associations share them). */
    public Summary runAll() {
        List<Result> results = new ArrayList<>();
        for (UUID association : rows.associations()) {
            results.add(runFor(association));
        }
        return new Summary(results, deleteEnded());
    }

    /**
     * Sessions that expired or were revoked, failed-login counters that lock nobody and invitations that expired,
     * more than {@value #ENDED_KEPT_DAYS} days ago; how many rows.
     */
    public int deleteEnded() {
        LocalDateTime before = Times.nowUtc(clock).minusDays(ENDED_KEPT_DAYS);
        int deleted = sessions.deleteEndedBefore(before) + invitations.deleteExpiredBefore(before);
        if (deleted > 0) {
            LOG.info("Retention: {} ended session(s), stale login counter(s) and expired invitation(s) deleted", deleted);
        }
        return deleted;
    }

    public Result runFor(UUID associationId) {
        LocalDateTime started = Times.nowUtc(clock);
        RetentionSettings settings = settingsOf(associationId);
        LocalDate exitBefore = exitBefore(settings);
        LocalDateTime auditBefore = started.minusMonths(settings.auditMonths());
        int anonymised = 0;
        int failed = 0;
        for (UUID participant : rows.expired(associationId, exitBefore, Integer.MAX_VALUE)) {
            try {
                if (anonymiser.anonymise(participant, Times.nowUtc(clock))) {
                    anonymised++;
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.warn("Retention: a participant could not be anonymised ({}); nothing of it changed, the next run "
                        + "takes it again", cause(e));
            }
        }
        int auditDeleted = audit.deleteBefore(associationId, auditBefore);
        rows.insertRun(ids.newId(), associationId, new RetentionRepository.Run(started, Times.nowUtc(clock),
                exitBefore, auditBefore, anonymised, failed, auditDeleted));
        if (anonymised + failed + auditDeleted > 0) {
            LOG.info("Retention for association {}: {} participant(s) anonymised, {} failed, {} audit record(s) "
                    + "deleted", associationId, anonymised, failed, auditDeleted);
        }
        return new Result(associationId, exitBefore, anonymised, failed, auditDeleted);
    }

    RetentionSettings settingsOf(UUID associationId) {
        return rows.settings(associationId).orElse(RetentionSettings.DEFAULT);
    }

    /** Participants who exited before this day are due: the exit day plus the months kept has passed. */
    LocalDate exitBefore(RetentionSettings settings) {
        return Times.today(clock).minusMonths(settings.identifiedMonthsAfterExit());
    }

    /** The failure's kind, never its message: a database message may quote the values it choked on. */
    private static String cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return "SQLState " + sql.getSQLState() + ", " + sql.getClass().getSimpleName();
            }
        }
        return e.getClass().getSimpleName();
    }
}
