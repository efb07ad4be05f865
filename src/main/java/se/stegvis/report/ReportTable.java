package se.stegvis.report;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A published table: row and column keys (message keys or codes) and one figure per cell. */
@Serdeable
public record ReportTable(String key, List<String> columns, List<Row> rows) {
    @Serdeable
    public record Row(String key, List<Figure> figures) {
    }
}
