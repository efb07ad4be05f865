package se.stegvis.target;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.target.TargetMessages.TargetsRequest;
import se.stegvis.target.TargetMessages.TargetsResponse;

import java.util.UUID;

/** A team's yearly targets. HTTP only: access and rules live in {@link TargetService}. */
@Controller("/api/teams/{teamId}/targets/{year}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Teams")
@SecurityRequirement(name = "bearer")
class TargetController {
    private final TargetService targets;

    TargetController(TargetService targets) {
        this.targets = targets;
    }

    @Get
    @Secured({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE, Role.TEAM_LEAD_ROLE, Role.COACH_ROLE})
    @Operation(summary = "A team's targets for a year",
            description = "Admins and coordinators of the association and team leads of the team; coaches and "
                    + "other teams' staff get 404.")
    TargetsResponse readTargets(@PathVariable UUID teamId, @PathVariable int year, Authentication authentication) {
        return TargetsResponse.from(teamId, year, targets.read(Actor.of(authentication), teamId, year));
    }

    @Put
    @Secured({Role.ADMIN_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "Replace a team's targets for a year (audited)",
            description = "Admins of the association and team leads of the team. Kinds left out lose their target; "
                    + "the same request again changes nothing. Counts are whole numbers 1-100000, shares 0-1.")
    TargetsResponse replaceTargets(@PathVariable UUID teamId, @PathVariable int year, @Body @Valid TargetsRequest body,
                            Authentication authentication) {
        return TargetsResponse.from(teamId, year,
                targets.replace(Actor.of(authentication), teamId, year, body.entries()));
    }
}
