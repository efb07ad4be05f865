package se.stegvis.report;

import java.util.List;

/** One section's tables for one team, plus warnings about the data (never about a person). */
public record RawSection(List<RawTable> tables, List<ReportWarning> warnings) {
    public static RawSection of(RawTable... tables) {
        return new RawSection(List.of(tables), List.of());
    }
}
