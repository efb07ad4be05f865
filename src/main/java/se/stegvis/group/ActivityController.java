package se.stegvis.group;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import se.stegvis.group.GroupResponses.ActivityResponse;
import se.stegvis.group.GroupResponses.TeamRuleRequest;
import se.stegvis.group.GroupResponses.TeamRuleResponse;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;

import java.util.List;
import java.util.UUID;

/** Staff: the team's activities, created and edited by its coaches and team lead, and its booking rule. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
@Tag(name = "Groups", description = "Activities, sign-ups, waitlists, attendance, suggestions and interest")
class ActivityController {
    private final ActivityService activities;
    private final BookingService bookings;

    ActivityController(ActivityService activities, BookingService bookings) {
        this.activities = activities;
        this.bookings = bookings;
    }

    @Post("/teams/{teamId}/activities")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Create an activity of the team with its sessions")
    ActivityResponse create(@PathVariable UUID teamId, @Body @Valid ActivityRequest body, Authentication auth) {
        return ActivityResponse.from(activities.create(Actor.of(auth), teamId, body.draft()));
    }

    @Get("/teams/{teamId}/activities")
    @Operation(summary = "The team's activities, newest first, with seats taken and waitlist length")
    List<ActivityResponse> list(@PathVariable UUID teamId, Authentication auth) {
        return activities.listForTeam(Actor.of(auth), teamId).stream().map(ActivityResponse::from).toList();
    }

    @Get("/activities/{activityId}")
    @Operation(summary = "One activity of the caller's team")
    ActivityResponse get(@PathVariable UUID activityId, Authentication auth) {
        return ActivityResponse.from(activities.get(Actor.of(auth), activityId));
    }

    @Put("/activities/{activityId}")
    @Operation(summary = "Replace an activity: sessions with attendance must stay (send their id), capacity not "
            + "below the seats taken; a raised capacity moves people up from the waitlist")
    ActivityResponse update(@PathVariable UUID activityId, @Body @Valid ActivityRequest body, Authentication auth) {
        return ActivityResponse.from(activities.update(Actor.of(auth), activityId, body.draft()));
    }

    @Get("/teams/{teamId}/group-rules")
    @Operation(summary = "The team's booking rule")
    TeamRuleResponse rule(@PathVariable UUID teamId, Authentication auth) {
        return TeamRuleResponse.from(bookings.rule(Actor.of(auth), teamId));
    }

    @Put("/teams/{teamId}/group-rules")
    @Secured(Role.TEAM_LEAD_ROLE)
    @Operation(summary = "Set the team's booking rule: whether overlapping bookings are refused")
    TeamRuleResponse setRule(@PathVariable UUID teamId, @Body TeamRuleRequest body, Authentication auth) {
        return TeamRuleResponse.from(bookings.setRule(Actor.of(auth), teamId, body.noOverlappingBookings()));
    }
}
