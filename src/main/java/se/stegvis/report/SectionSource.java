package se.stegvis.report;

import java.util.Map;
import java.util.UUID;

/**
 * One section of the report (participant flow, outcomes, queue, indicator questionnaire, ...): a bean
 * each, found by the report service, so a section is added when its source exists. A source returns
 * raw per-team tables only; it never suppresses and never returns anything about a single person.
 * It should read all requested teams at once (one grouped query, not one per team): association
 * reports cover many teams and years.
 */
public interface SectionSource {
    /** The section's key, also the prefix of its message keys: {@code report.<key>.*}. */
    String key();

    /** Where the section comes in the report; lower first. */
    int order();

    /**
     * How much reading the source does relative to the others (1: a small grouped read): about its time in tens of
     * milliseconds for an association's year at 400,000 participants (bench/report.sh's per-section times). The
     * report starts the costliest sources first, so that the slowest read does not wait for a thread while small
     * ones run and the threads finish close together (ReportService); the weights change only the start order.
     */
    default int cost() {
        return 1;
    }

    /** Every requested team gets an entry, with tables of the same shapes in the same order. */
    Map<UUID, RawSection> raw(ReportRequest request);

    /**
     * A last step after assembly, for figures derived from the PUBLISHED (already suppressed) tables of
     * the section, e.g. a verdict from a published result: whatever it shows is then a function of what
     * is shown anyway and can reveal nothing hidden. The default leaves the section as assembled.
     */
    default ReportSection complete(ReportRequest request, ReportSection published) {
        return published;
    }
}
