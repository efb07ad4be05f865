package se.stegvis.privacy;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.stegvis.shared.JdbcReads;
import se.stegvis.shared.JdbcWrites;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Retention settings, the participants whose time is up, and the runs of the job (ADR 0011). Each call joins
 * the caller's transaction or has its own.
 */
@Singleton
@Transactional
class RetentionRepository {
    /** A run of the job for one association, counts only. */
    record Run(LocalDateTime startedAt, LocalDateTime finishedAt, LocalDate exitBefore, LocalDateTime auditBefore,
               int anonymised, int failed, int auditDeleted) {
    }

    private final JdbcOperations jdbc;

    RetentionRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RetentionSettings> settings(UUID associationId) {
        return JdbcReads.list(jdbc, "SELECT identified_months_after_exit, audit_months FROM retention_settings "
                        + "WHERE association_id = ?", List.of(associationId.toString()),
                rs -> new RetentionSettings(rs.getInt(1), rs.getInt(2))).stream().findFirst();
    }

    void saveSettings(UUID associationId, RetentionSettings s, LocalDateTime at, UUID by) {
        int changed = update("UPDATE retention_settings SET identified_months_after_exit = ?, audit_months = ?, "
                + "updated_at = ?, updated_by = ? WHERE association_id = ?", s.identifiedMonthsAfterExit(),
                s.auditMonths(), at, by.toString(), associationId.toString());
        if (changed == 0) {
            update("INSERT INTO retention_settings (association_id, identified_months_after_exit, audit_months, "
                    + "updated_at, updated_by) VALUES (?, ?, ?, ?, ?)", associationId.toString(),
                    s.identifiedMonthsAfterExit(), s.auditMonths(), at, by.toString());
        }
    }

    List<UUID> associations() {
        return JdbcReads.list(jdbc, "SELECT id FROM association ORDER BY id", List.of(),
                rs -> UUID.fromString(rs.getString(1)));
    }

    /** Up to {@code limit} participants of the association who exited before {@code exitBefore}, oldest exit first. */
    List<UUID> expired(UUID associationId, LocalDate exitBefore, int limit) {
        return JdbcReads.list(jdbc, "SELECT p.id FROM participant p JOIN team t ON t.id = p.team_id "
                        + "WHERE t.association_id = ? AND p.exit_date < ? AND p.anonymised_on IS NULL "
                        + "ORDER BY p.exit_date, p.id LIMIT " + limit,
                List.of(associationId.toString(), exitBefore), rs -> UUID.fromString(rs.getString(1)));
    }

    long countExpired(UUID associationId, LocalDate exitBefore) {
        return JdbcReads.list(jdbc, "SELECT COUNT(*) FROM participant p JOIN team t ON t.id = p.team_id "
                        + "WHERE t.association_id = ? AND p.exit_date < ? AND p.anonymised_on IS NULL",
                List.of(associationId.toString(), exitBefore), rs -> rs.getLong(1)).get(0);
    }

    /**
     * Participants of the association without an exit whose latest step on the path (trial end, enrolment,
     * queue, study visit or referral) came before {@code stepBefore}: never due, because nobody registered that
     * they left.
     */
    long countStalledWithoutExit(UUID associationId, LocalDate stepBefore) {
        return JdbcReads.list(jdbc, "SELECT COUNT(*) FROM participant p JOIN team t ON t.id = p.team_id "
                        + "WHERE t.association_id = ? AND p.exit_date IS NULL AND p.anonymised_on IS NULL AND "
                        + "COALESCE(p.trial_end_date, p.enrolment_date, p.queue_date, p.study_visit_date, "
                        + "p.referral_date) < ?",
                List.of(associationId.toString(), stepBefore), rs -> rs.getLong(1)).get(0);
    }

    void insertRun(UUID id, UUID associationId, Run run) {
        update("INSERT INTO retention_run (id, association_id, started_at, finished_at, exit_before, audit_before, "
                        + "anonymised, failed, audit_deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id.toString(),
                associationId.toString(), run.startedAt(), run.finishedAt(), run.exitBefore(), run.auditBefore(),
                run.anonymised(), run.failed(), run.auditDeleted());
    }

    Optional<Run> lastRun(UUID associationId) {
        return JdbcReads.list(jdbc, "SELECT started_at, finished_at, exit_before, audit_before, anonymised, failed, "
                        + "audit_deleted FROM retention_run WHERE association_id = ? ORDER BY started_at DESC, id "
                        + "LIMIT 1", List.of(associationId.toString()),
                rs -> new Run(rs.getTimestamp(1).toLocalDateTime(), rs.getTimestamp(2).toLocalDateTime(),
                        rs.getDate(3).toLocalDate(), rs.getTimestamp(4).toLocalDateTime(), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7))).stream().findFirst();
    }

    private int update(String sql, Object... args) {
        return JdbcWrites.update(jdbc, sql, Arrays.asList(args));
    }
}
