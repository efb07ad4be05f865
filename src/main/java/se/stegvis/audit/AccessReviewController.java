package se.stegvis.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.shared.Messages;
import se.stegvis.shared.ProblemFactory;

import java.util.UUID;

/**
 * The access review (ADR 0010): who read which participant's data and when. One team: its team leads and the
 * association's data protection officers; the whole association: its data protection officers. Filters:
 * staffId, from and to (Swedish dates, both included). HTTP only: the rules live in {@link AccessReviewService}.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Access review", description = "Who read which participant's data, for team leads and data protection officers")
@SecurityRequirement(name = "bearer")
class AccessReviewController {
    private static final String NO_STORE = "no-store";
    private static final String CSV = "text/csv; charset=utf-8";

    private final AccessReviewService review;
    private final Messages messages;
    private final ProblemFactory problems;

    AccessReviewController(AccessReviewService review, Messages messages, ProblemFactory problems) {
        this.review = review;
        this.messages = messages;
        this.problems = problems;
    }

    @Get("/teams/{teamId}/access-review{?staffId,from,to,limit,before}")
    @Secured({Role.TEAM_LEAD_ROLE, Role.DATA_PROTECTION_OFFICER_ROLE})
    @Operation(summary = "The team's reads of participants' data, newest first",
            description = "Team leads of the team (with participants' names) and the association's data protection "
                    + "officers (participant ids only). from/to: YYYY-MM-DD, Swedish days, both included. Page with "
                    + "before = nextBefore of the previous page.")
    MutableHttpResponse<AccessReviewPageResponse> team(@PathVariable UUID teamId, @QueryValue @Nullable String staffId,
                                                       @QueryValue @Nullable String from, @QueryValue @Nullable String to,
                                                       @QueryValue(defaultValue = "50") @Min(1) @Max(AccessReviewService.MAX_PAGE) int limit,
                                                       @QueryValue @Nullable Long before, Authentication auth) {
        return page(AccessReviewService.Target.team(teamId), staffId, from, to, limit, before, auth);
    }

    @Get(value = "/teams/{teamId}/access-review.csv{?staffId,from,to}", produces = "text/csv")
    @Secured({Role.TEAM_LEAD_ROLE, Role.DATA_PROTECTION_OFFICER_ROLE})
    @Operation(summary = "The team's access review as CSV (Swedish Excel: BOM, semicolons), audited",
            description = "The same filters and callers as the list; at most " + AccessReviewService.MAX_EXPORT_ROWS
                    + " rows (more: 422, narrow the filter). Headers in Accept-Language (sv, en, ar).")
    MutableHttpResponse<byte[]> teamCsv(@PathVariable UUID teamId, @QueryValue @Nullable String staffId,
                                        @QueryValue @Nullable String from, @QueryValue @Nullable String to,
                                        HttpRequest<?> request, Authentication auth) {
        return csv(AccessReviewService.Target.team(teamId), "access-review-team-" + teamId, staffId, from, to,
                request, auth);
    }

    @Get("/teams/{teamId}/access-review/flags{?staffId,from,to}")
    @Secured({Role.TEAM_LEAD_ROLE, Role.DATA_PROTECTION_OFFICER_ROLE})
    @Operation(summary = "Unusual access in the team over a period (default: the last 30 days, at most 366)",
            description = "Per staff member: participants whose record they opened, how many outside their caseload, "
                    + "and the days with more such participants than the configured threshold.")
    MutableHttpResponse<UnusualAccessResponse> teamFlags(@PathVariable UUID teamId, @QueryValue @Nullable String staffId,
                                                         @QueryValue @Nullable String from, @QueryValue @Nullable String to,
                                                         HttpRequest<?> request, Authentication auth) {
        return flags(AccessReviewService.Target.team(teamId), staffId, from, to, request, auth);
    }

    @Get("/associations/{associationId}/access-review{?staffId,from,to,limit,before}")
    @Secured(Role.DATA_PROTECTION_OFFICER_ROLE)
    @Operation(summary = "Reads of participants' data in every team of the association, newest first",
            description = "The association's data protection officers only; participant ids, no names.")
    MutableHttpResponse<AccessReviewPageResponse> association(@PathVariable UUID associationId,
                                                              @QueryValue @Nullable String staffId,
                                                              @QueryValue @Nullable String from,
                                                              @QueryValue @Nullable String to,
                                                              @QueryValue(defaultValue = "50") @Min(1) @Max(AccessReviewService.MAX_PAGE) int limit,
                                                              @QueryValue @Nullable Long before, Authentication auth) {
        return page(AccessReviewService.Target.association(associationId), staffId, from, to, limit, before, auth);
    }

    @Get(value = "/associations/{associationId}/access-review.csv{?staffId,from,to}", produces = "text/csv")
    @Secured(Role.DATA_PROTECTION_OFFICER_ROLE)
    @Operation(summary = "The association's access review as CSV (Swedish Excel: BOM, semicolons), audited")
    MutableHttpResponse<byte[]> associationCsv(@PathVariable UUID associationId, @QueryValue @Nullable String staffId,
                                               @QueryValue @Nullable String from, @QueryValue @Nullable String to,
                                               HttpRequest<?> request, Authentication auth) {
        return csv(AccessReviewService.Target.association(associationId), "access-review-" + associationId, staffId,
                from, to, request, auth);
    }

    @Get("/associations/{associationId}/access-review/flags{?staffId,from,to}")
    @Secured(Role.DATA_PROTECTION_OFFICER_ROLE)
    @Operation(summary = "Unusual access in every team of the association over a period")
    MutableHttpResponse<UnusualAccessResponse> associationFlags(@PathVariable UUID associationId,
                                                                @QueryValue @Nullable String staffId,
                                                                @QueryValue @Nullable String from,
                                                                @QueryValue @Nullable String to,
                                                                HttpRequest<?> request, Authentication auth) {
        return flags(AccessReviewService.Target.association(associationId), staffId, from, to, request, auth);
    }

    private MutableHttpResponse<AccessReviewPageResponse> page(AccessReviewService.Target target, String staffId,
                                                               String from, String to, int limit, Long before,
                                                               Authentication auth) {
        AccessReviewFilter filter = AccessReviewFilter.parse(staffId, from, to);
        return HttpResponse.ok(AccessReviewPageResponse.from(review.list(Actor.of(auth), target, filter, limit, before)))
                .header("Cache-Control", NO_STORE);
    }

    private MutableHttpResponse<byte[]> csv(AccessReviewService.Target target, String name, String staffId,
                                            String from, String to, HttpRequest<?> request, Authentication auth) {
        AccessReviewService.Export export = review.export(Actor.of(auth), target,
                AccessReviewFilter.parse(staffId, from, to));
        return HttpResponse.ok(AccessReviewCsv.write(export.rows(), export.showsNames(), messages,
                        problems.locale(request)))
                .contentType(CSV).header("Cache-Control", NO_STORE)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
    }

    private MutableHttpResponse<UnusualAccessResponse> flags(AccessReviewService.Target target, String staffId,
                                                             String from, String to, HttpRequest<?> request,
                                                             Authentication auth) {
        AccessReviewService.Flags flags = review.flags(Actor.of(auth), target, AccessReviewFilter.parse(staffId, from, to));
        return HttpResponse.ok(UnusualAccessResponse.from(flags, messages, problems.locale(request)))
                .header("Cache-Control", NO_STORE);
    }
}
