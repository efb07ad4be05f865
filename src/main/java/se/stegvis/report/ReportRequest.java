package se.stegvis.report;

import java.util.List;
import java.util.UUID;

/** What a section source is asked for: which teams (all of one association), which period, under which settings. */
public record ReportRequest(UUID associationId, List<UUID> teamIds, ReportPeriod period, ReportSettings settings) {
}
