package se.stegvis.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.shared.Messages;
import se.stegvis.shared.ProblemFactory;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Coordinators, admins and team leads: the indicator report on chosen teams for a period, as JSON or as
 * a download (CSV for Swedish Excel, plain CSV, XLSX, printable HTML), every one audited; the teams the
 * caller may report on; the report labels for the coordinator page. Never cached.
 */
@Controller("/api/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.COORDINATOR_ROLE, Role.ADMIN_ROLE, Role.TEAM_LEAD_ROLE})
@Tag(name = "Reports")
class ReportController {
    private static final String NO_STORE = "no-store";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportExportService exports;
    private final ReportService reports;
    private final Messages messages;
    private final ProblemFactory problems;

    ReportController(ReportExportService exports, ReportService reports, Messages messages, ProblemFactory problems) {
        this.exports = exports;
        this.reports = reports;
        this.messages = messages;
        this.problems = problems;
    }

    @Get(value = "{?teams,period,format,lang}", produces = {MediaType.APPLICATION_JSON, "text/csv", MediaType.TEXT_HTML,
            XLSX})
    @Operation(summary = "The indicator report on the teams (comma-separated ids; none: every team the caller may "
            + "report on) for a period (2025, 2025-H1, 2025-01-01..2025-06-30, R12-2025-06), small counts hidden. "
            + "format: json (default), csv (semicolons, decimal comma, BOM), csv-comma, xlsx or html; labels in "
            + "lang or Accept-Language (sv, en, ar). Every call is audited.")
    @ApiResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
            @Content(mediaType = "text/csv"), @Content(mediaType = "text/html"),
            @Content(mediaType = XLSX)})
    MutableHttpResponse<?> report(@QueryValue @Nullable String teams, @QueryValue @Nullable String period,
                                  @QueryValue @Nullable String format, @QueryValue @Nullable String lang,
                                  HttpRequest<?> request, Authentication auth) {
        ReportQuery query = ReportQuery.parse(teams, period, format);
        ReportExportService.Export export = exports.export(Actor.of(auth), query, locale(lang, request));
        MutableHttpResponse<?> response = export.body() == null ? HttpResponse.ok(export.report())
                : HttpResponse.ok(export.body());
        response.contentType(export.format().contentType()).header("Cache-Control", NO_STORE)
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
        if (export.format() == ReportFormat.HTML) {
            response.header("Content-Security-Policy", ReportHtml.CONTENT_SECURITY_POLICY);
        }
        return response;
    }

    @Get("/teams")
    @Operation(summary = "The teams the caller may report on, in name order")
    MutableHttpResponse<List<Report.TeamRef>> teams(Authentication auth) {
        return HttpResponse.ok(reports.reportableTeams(Actor.of(auth)).stream()
                .map(t -> new Report.TeamRef(t.id(), t.name())).toList()).header("Cache-Control", NO_STORE);
    }

    @Get("/labels{?lang}")
    @Operation(summary = "The report's labels (report.* message keys) in lang or Accept-Language, Swedish where a "
            + "text is missing; warnings are patterns with {0}, {1} ...")
    Map<String, String> labels(@QueryValue @Nullable String lang, HttpRequest<?> request) {
        return messages.withPrefix(locale(lang, request), "report.");
    }

    private Locale locale(@Nullable String lang, HttpRequest<?> request) {
        return lang == null || lang.isBlank() ? problems.locale(request) : messages.supported(Locale.forLanguageTag(lang));
    }
}
