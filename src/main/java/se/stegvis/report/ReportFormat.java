package se.stegvis.report;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a report can be downloaded as. {@code CSV} is for Swedish Excel (UTF-8 with BOM, semicolons,
 * decimal comma); {@code CSV_COMMA} is plain CSV (commas, decimal point) for other tools.
 */
enum ReportFormat {
    JSON("json", "json", "application/json"),
    CSV("csv", "csv", "text/csv; charset=utf-8"),
    CSV_COMMA("csv-comma", "csv", "text/csv; charset=utf-8"),
    XLSX("xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    HTML("html", "html", "text/html; charset=utf-8");

    private final String code;
    private final String extension;
    private final String contentType;

    ReportFormat(String code, String extension, String contentType) {
        this.code = code;
        this.extension = extension;
        this.contentType = contentType;
    }

    String code() {
        return code;
    }

    String extension() {
        return extension;
    }

    String contentType() {
        return contentType;
    }

    /** The format named {@code code} (json when none is named); any other name is a {@link ReportInvalid}. */
    static ReportFormat parse(String code) {
        if (code == null || code.isBlank()) {
            return JSON;
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(wanted)).findFirst()
                .orElseThrow(() -> ReportInvalid.of("format", "report.format.invalid", code.trim()));
    }
}
