package se.stegvis.audit;

import jakarta.inject.Singleton;

import java.time.LocalDateTime;
import java.util.UUID;

/** Deletes an association's audit rows older than its audit retention (the retention job, ADR 0011). */
@Singleton
public class AuditRetention {
    static final int CHUNK = 5000;

    private final AuditRetentionRepository rows;

    AuditRetention(AuditRetentionRepository rows) {
        this.rows = rows;
    }

    /** Deletes the association's audit rows written before {@code cutoff} (UTC), in chunks of {@value #CHUNK}, each its own statement; how many. */
    public int deleteBefore(UUID associationId, LocalDateTime cutoff) {
        int total = 0;
        int deleted;
        do {
            deleted = rows.deleteExpiredBefore(associationId, cutoff, CHUNK);
            total += deleted;
        } while (deleted == CHUNK);
        return total;
    }
}
