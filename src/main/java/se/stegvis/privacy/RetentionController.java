package se.stegvis.privacy;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
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

import java.util.UUID;

/** An association's retention settings and job. HTTP only: access and rules live in {@link RetentionService}. */
@Controller("/api/associations/{associationId}/retention")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Data protection")
@SecurityRequirement(name = "bearer")
class RetentionController {
    private final RetentionService retention;

    RetentionController(RetentionService retention) {
        this.retention = retention;
    }

    @Get
    @Secured({Role.ADMIN_ROLE, Role.DATA_PROTECTION_OFFICER_ROLE})
    @Operation(summary = "The association's retention: settings, participants due and the last run",
            description = "Months identified data is kept after exit (default 24) and months audit records are kept "
                    + "(default 60); how many exited participants are due for anonymisation today; counts of the "
                    + "last run of the nightly job. Admins and data protection officers of the association; any "
                    + "other association is 404.")
    RetentionStatus readRetention(@PathVariable UUID associationId, Authentication authentication) {
        return retention.read(Actor.of(authentication), associationId);
    }

    @Put
    @Secured(Role.ADMIN_ROLE)
    @Operation(summary = "Change the association's retention (audited)",
            description = "identifiedMonthsAfterExit 1-120, auditMonths 12-240 and at least identifiedMonthsAfterExit. "
                    + "Takes effect at the next run of the job.")
    RetentionStatus changeRetention(@PathVariable UUID associationId, @Body @Valid RetentionSettings body,
                                    Authentication authentication) {
        return retention.update(Actor.of(authentication), associationId, body);
    }

    @Post("/run")
    @Secured(Role.ADMIN_ROLE)
    @Operation(summary = "Run the retention job for the association now (audited)",
            description = "What the nightly job does: participants due become anonymous statistics, audit records "
                    + "past their retention are deleted. Running it again changes nothing more.")
    RetentionStatus runRetention(@PathVariable UUID associationId, Authentication authentication) {
        return retention.runNow(Actor.of(authentication), associationId);
    }
}
