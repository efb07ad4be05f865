package se.stegvis.report;

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
import se.stegvis.report.ReportSettingsMessages.ReportSettingsBody;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;

import java.util.UUID;

/** An association's report settings. HTTP only: access and rules live in {@link ReportSettingsService}. */
@Controller("/api/associations/{associationId}/report-settings")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
class ReportSettingsController {
    private final ReportSettingsService settings;

    ReportSettingsController(ReportSettingsService settings) {
        this.settings = settings;
    }

    @Get
    @Secured({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE})
    @Operation(summary = "The association's report settings",
            description = "Small-count threshold, age bands and verdict limits; the documented defaults until "
                    + "changed. Admins and coordinators of the association; any other association is 404.")
    ReportSettingsBody readReportSettings(@PathVariable UUID associationId, Authentication authentication) {
        return ReportSettingsBody.from(settings.read(Actor.of(authentication), associationId));
    }

    @Put
    @Secured({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE})
    @Operation(summary = "Replace the association's report settings (audited)",
            description = "Threshold 3-100; 1-10 rising age band lower bounds 0-99; verdict limits 0.01-9.99 with "
                    + "veryGood > good > acceptable. Sending the same settings again changes nothing.")
    ReportSettingsBody changeReportSettings(@PathVariable UUID associationId, @Body @Valid ReportSettingsBody body,
                              Authentication authentication) {
        return ReportSettingsBody.from(settings.update(Actor.of(authentication), associationId, body.threshold(),
                body.ageBands(), body.verdicts().toThresholds()));
    }
}
