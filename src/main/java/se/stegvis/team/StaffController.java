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

/** Staff accounts of the caller's association. HTTP only: the rules live in {@link StaffAdminService}. */
@Controller("/api/staff")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Staff")
@SecurityRequirement(name = "bearer")
class StaffController {
    private final StaffAdminService staff;

    StaffController(StaffAdminService staff) {
        this.staff = staff;
    }

    @Post
    @Secured(Role.ADMIN_ROLE)
    @Operation(summary = "Create a staff member",
            description = "Returns a fresh TOTP secret and otpauth URI, shown this once, for the admin to hand over.")
    HttpResponse<EnrolledStaffResponse> create(@Body @Valid CreateStaffRequest request, Authentication authentication) {
        return HttpResponse.created(EnrolledStaffResponse.from(staff.create(Actor.of(authentication), request.toNewStaff())));
    }

    @Get
    @Secured(Role.ADMIN_ROLE)
    @Operation(summary = "List the staff of the admin's association")
    List<StaffResponse> list(Authentication authentication) {
        return staff.list(Actor.of(authentication)).stream().map(StaffResponse::from).toList();
    }

    @Get("/me")
    @Secured({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE, Role.TEAM_LEAD_ROLE, Role.COACH_ROLE,
            Role.DATA_PROTECTION_OFFICER_ROLE})
    @Operation(summary = "The caller's own profile and teams")
    MeResponse me(Authentication authentication) {
        return MeResponse.from(staff.me(Actor.of(authentication)));
    }

    @Get("/{staffId}")
    @Secured(Role.ADMIN_ROLE)
    @Operation(summary = "One staff member of the admin's association")
    StaffResponse get(UUID staffId, Authentication authentication) {
        return StaffResponse.from(staff.get(Actor.of(authentication), staffId));
    }

    @Put("/{staffId}/teams")
    @Secured(Role.ADMIN_ROLE)
    @Operation(summary = "Replace the teams a staff member belongs to")
    StaffResponse setTeams(UUID staffId, @Body @Valid StaffTeamsRequest request, Authentication authentication) {
        return StaffResponse.from(staff.setTeams(Actor.of(authentication), staffId, request.teamIds()));
    }

    @Post("/{staffId}/deactivate")
    @Secured(Role.ADMIN_ROLE)
    @Operation(summary = "Deactivate a staff member", description = "Ends all their sessions at once.")
    StaffResponse deactivate(UUID staffId, Authentication authentication) {
        return StaffResponse.from(staff.deactivate(Actor.of(authentication), staffId));
    }
}
