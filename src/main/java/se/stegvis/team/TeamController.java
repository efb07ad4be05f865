package se.stegvis.team;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
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

import java.util.List;
import java.util.UUID;

/** Teams of the caller's association. HTTP only: access rules live in {@link TeamAdminService}. */
@Controller("/api/teams")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Teams")
@SecurityRequirement(name = "bearer")
class TeamController {
    private final TeamAdminService teams;

    TeamController(TeamAdminService teams) {
        this.teams = teams;
    }

    @Get
    @Secured({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE, Role.TEAM_LEAD_ROLE, Role.COACH_ROLE})
    @Operation(summary = "List teams", description = "Admins and coordinators: every team of their association; "
            + "team leads and coaches: the teams they belong to.")
    List<TeamResponse> list(Authentication authentication) {
        return teams.visibleTeams(Actor.of(authentication)).stream().map(TeamResponse::from).toList();
    }

    @Post
    @Secured(Role.ADMIN_ROLE)
    @Operation(summary = "Create a team in the admin's association")
    HttpResponse<TeamResponse> create(@Body @Valid CreateTeamRequest request, Authentication authentication) {
        return HttpResponse.created(TeamResponse.from(teams.create(Actor.of(authentication), request.toNewTeam())));
    }

    @Get("/{teamId}")
    @Secured({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE, Role.TEAM_LEAD_ROLE, Role.COACH_ROLE})
    @Operation(summary = "One team", description = "404 unless the caller may see it.")
    TeamResponse get(UUID teamId, Authentication authentication) {
        return TeamResponse.from(teams.get(Actor.of(authentication), teamId));
    }

    @Put("/{teamId}/settings")
    @Secured({Role.ADMIN_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "Change a team's goal outcomes, trial period and municipalities",
            description = "Admins of the association and team leads of this team. DROPOUT never counts as a goal.")
    TeamResponse updateSettings(UUID teamId, @Body @Valid TeamSettingsRequest request, Authentication authentication) {
        return TeamResponse.from(teams.updateSettings(Actor.of(authentication), teamId, request.toSettings()));
    }
}
