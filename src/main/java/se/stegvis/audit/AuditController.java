package se.stegvis.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;

import java.util.List;
import java.util.UUID;

@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Audit", description = "Who read or changed participants' data")
class AuditController {
    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    @Get("/teams/{teamId}/audit")
    @Secured(Role.TEAM_LEAD_ROLE)
    @Operation(summary = "The team's audit trail, newest first",
            description = "Team leads of the team only. Page with before = the smallest id of the previous page.")
    List<AuditEntryResponse> list(@PathVariable UUID teamId,
                                  @QueryValue(defaultValue = "50") @Min(1) @Max(AuditService.MAX_LIMIT) int limit,
                                  @QueryValue @Nullable Long before, Authentication authentication) {
        return audit.list(Actor.of(authentication), teamId, limit, before).stream()
                .map(AuditEntryResponse::from).toList();
    }
}
