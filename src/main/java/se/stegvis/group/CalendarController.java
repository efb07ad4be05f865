package se.stegvis.group;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;

import java.util.UUID;

/** iCalendar: the participant's private feed (link made and revoked here) and one activity's .ics. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Groups")
class CalendarController {
    static final String CALENDAR = "text/calendar; charset=utf-8";
    private final CalendarService calendars;

    CalendarController(CalendarService calendars) {
        this.calendars = calendars;
    }

    @Serdeable
    record CalendarLinkResponse(String path) {
    }

    @Post("/api/participant/calendar-link")
    @Secured(Role.PARTICIPANT_ROLE)
    @Operation(summary = "A new private calendar feed link of my seats (the previous link stops working)")
    MutableHttpResponse<CalendarLinkResponse> link(Authentication auth) {
        return HttpResponse.status(HttpStatus.CREATED)
                .body(new CalendarLinkResponse("/calendar/" + calendars.newLink(Actor.of(auth))))
                .header("Cache-Control", "no-store");
    }

    @Delete("/api/participant/calendar-link")
    @Secured(Role.PARTICIPANT_ROLE)
    @Operation(summary = "Revoke my calendar feed link")
    HttpResponse<Void> revoke(Authentication auth) {
        calendars.revoke(Actor.of(auth));
        return HttpResponse.noContent();
    }

    @Get("/calendar/{token}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The calendar feed behind a private link (RFC 5545); 404 for an unknown or revoked link")
    HttpResponse<String> feed(@PathVariable String token) {
        return calendars.feed(token).<HttpResponse<String>>map(ics -> HttpResponse.ok(ics).contentType(CALENDAR)
                .header("Cache-Control", "no-store")).orElseGet(HttpResponse::notFound);
    }

    @Get("/api/participant/activities/{activityId}/calendar")
    @Secured(Role.PARTICIPANT_ROLE)
    @Operation(summary = "All sessions of one activity of my team as an .ics file")
    HttpResponse<String> activity(@PathVariable UUID activityId, Authentication auth) {
        return HttpResponse.ok(calendars.activity(Actor.of(auth), activityId)).contentType(CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"activity-" + activityId + ".ics\"")
                .header("Cache-Control", "no-store");
    }
}
