package se.stegvis.report;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.stegvis.audit.AuditService;
import se.stegvis.security.Actor;
import se.stegvis.shared.Messages;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A report in the format asked for, in the caller's language, and a record of the download: one audit
 * row per team in the report (so each team's log shows it) naming the format, the period and how many
 * teams — never a figure. The JSON form is the {@link Report} itself; the others are rendered bytes.
 */
@Singleton
class ReportExportService {
    static final String DOWNLOADED = "REPORT_DOWNLOADED";

    private final ReportService reports;
    private final AuditService audit;
    private final Messages messages;

    ReportExportService(ReportService reports, AuditService audit, Messages messages) {
        this.reports = reports;
        this.audit = audit;
        this.messages = messages;
    }

    /** {@code body} is null for JSON: the report goes out as it is. */
    record Export(Report report, @Nullable byte[] body, ReportFormat format, String fileName) {
    }

    Export export(Actor actor, ReportQuery query, Locale locale) {
        Report report = reports.build(actor, query.teamIds(), query.period());
        byte[] body = render(report, query.format(), locale);
        String detail = "format=" + query.format().code() + " period=" + report.period() + " teams="
                + report.teams().size();
        report.teams().forEach(t -> audit.record(actor, DOWNLOADED, t.id(), null, detail));
        return new Export(report, body, query.format(), fileName(report, query.format()));
    }

    private byte[] render(Report report, ReportFormat format, Locale locale) {
        return switch (format) {
            case JSON -> null;
            case CSV -> ReportCsv.write(report, text(report, locale, true), ReportCsv.SWEDISH_EXCEL);
            case CSV_COMMA -> ReportCsv.write(report, text(report, locale, false), ReportCsv.PLAIN);
            case XLSX -> ReportXlsx.write(report, text(report, locale, false));
            case HTML -> ReportHtml.write(report, text(report, locale, "sv".equals(messages.supported(locale)
                    .getLanguage()))).getBytes(StandardCharsets.UTF_8);
        };
    }

    private ReportText text(Report report, Locale locale, boolean decimalComma) {
        return new ReportText(messages, locale, report.threshold(), decimalComma);
    }

    /** e.g. stegvis-rapport-2025.csv, stegvis-rapport-2025-01-01_2025-06-30.xlsx: ASCII only. */
    static String fileName(Report report, ReportFormat format) {
        return "stegvis-rapport-" + report.period().replaceAll("[^A-Za-z0-9-]+", "_") + "." + format.extension();
    }
}
