package se.stegvis.report;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A generated report: the teams it covers (names, not people), the period, the small-count threshold
 * it was suppressed with, and its sections. Nothing in it is row-level data.
 */
@Serdeable
public record Report(String period, LocalDate from, LocalDate to, List<TeamRef> teams, int threshold,
                     Instant generatedAt, List<ReportSection> sections) {
    @Serdeable
    public record TeamRef(UUID id, String name) {
    }
}
