package se.stegvis.report;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A published section: its tables for the whole scope and the warnings about its data. */
@Serdeable
public record ReportSection(String key, List<ReportTable> tables, List<ReportWarning> warnings) {
}
