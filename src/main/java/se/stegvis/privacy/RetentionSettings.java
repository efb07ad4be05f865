package se.stegvis.privacy;

import io.micronaut.serde.annotation.Serdeable;
import se.stegvis.shared.DomainException.FieldProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * How long an association keeps what Stegvis stores (ADR 0011): identified data for
 * {@code identifiedMonthsAfterExit} months after a participant's exit, then the participant becomes anonymous
 * statistics; audit records for {@code auditMonths} months, then they are deleted. Audit records are kept at
 * least as long as identified data, so every read of data still held can be reviewed.
 */
@Serdeable
public record RetentionSettings(int identifiedMonthsAfterExit, int auditMonths) {
    /** The defaults until an admin changes them: two years after exit, five years of audit records. */
    public static final RetentionSettings DEFAULT = new RetentionSettings(24, 60);
    static final int MIN_IDENTIFIED = 1;
    static final int MAX_IDENTIFIED = 120;
    static final int MIN_AUDIT = 12;
    static final int MAX_AUDIT = 240;

    /** What is wrong with these settings; empty when they may be stored. */
    List<FieldProblem> problems() {
        List<FieldProblem> p = new ArrayList<>();
        if (identifiedMonthsAfterExit < MIN_IDENTIFIED || identifiedMonthsAfterExit > MAX_IDENTIFIED) {
            p.add(new FieldProblem("identifiedMonthsAfterExit", "retention.identified-range", MIN_IDENTIFIED,
                    MAX_IDENTIFIED));
        }
        if (auditMonths < MIN_AUDIT || auditMonths > MAX_AUDIT) {
            p.add(new FieldProblem("auditMonths", "retention.audit-range", MIN_AUDIT, MAX_AUDIT));
        } else if (auditMonths < identifiedMonthsAfterExit) {
            p.add(new FieldProblem("auditMonths", "retention.audit-shorter"));
        }
        return p;
    }
}
