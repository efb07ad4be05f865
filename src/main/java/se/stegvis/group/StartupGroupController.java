package se.stegvis.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** Staff: a startup group enrols the participants who hold a seat on it; the link shows on the participant. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
@Tag(name = "Groups")
class StartupGroupController {
    private final StartupGroupService startup;

    StartupGroupController(StartupGroupService startup) {
        this.startup = startup;
    }

    /** The startup group a participant was enrolled through ({@code activityId} null when none). */
    @Serdeable
    record StartupGroupResponse(@Nullable UUID activityId, @Nullable Texts title, @Nullable LocalDateTime enrolledAt,
                                @Nullable LocalDate enrolmentDate) {
        static StartupGroupResponse from(StartupGroupService.Link l) {
            return new StartupGroupResponse(l.activity() == null ? null : l.activity().id(),
                    l.activity() == null ? null : l.activity().title(), l.enrolledAt(), l.enrolmentDate());
        }
    }

    @Put("/activities/{activityId}/enrolments/{participantId}")
    @Operation(summary = "Mark a participant with a seat on this startup group as enrolled through it; sets their "
            + "enrolment date to today if they had none (422 if not a startup group, 400 without a seat, 409 if "
            + "enrolled through another startup group)")
    StartupGroupResponse enrol(@PathVariable UUID activityId, @PathVariable UUID participantId, Authentication auth) {
        return StartupGroupResponse.from(startup.enrol(Actor.of(auth), activityId, participantId));
    }

    @Delete("/activities/{activityId}/enrolments/{participantId}")
    @Operation(summary = "Remove the link to this startup group (the enrolment date stays)")
    HttpResponse<Void> unlink(@PathVariable UUID activityId, @PathVariable UUID participantId, Authentication auth) {
        startup.unlink(Actor.of(auth), activityId, participantId);
        return HttpResponse.noContent();
    }

    @Get("/participants/{participantId}/startup-group")
    @Operation(summary = "The startup group the participant was enrolled through, if any")
    StartupGroupResponse of(@PathVariable UUID participantId, Authentication auth) {
        return StartupGroupResponse.from(startup.of(Actor.of(auth), participantId));
    }
}
