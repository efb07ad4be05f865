package se.stegvis.screening;

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
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import se.stegvis.screening.ScreeningRequests.LocalContactsRequest;
import se.stegvis.screening.ScreeningRequests.SupportMaterialRequest;
import se.stegvis.screening.ScreeningResponses.AlertResponse;
import se.stegvis.screening.ScreeningResponses.KeyStatusResponse;
import se.stegvis.screening.ScreeningResponses.RotationResponse;
import se.stegvis.screening.ScreeningResponses.ScreeningResponse;
import se.stegvis.screening.ScreeningResponses.SettingsResponse;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;

import java.util.List;
import java.util.UUID;

/** The staff side of the screening: reading (assigned coaches and team lead), alerts, team settings, key rotation and key status. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Screening")
class ScreeningStaffController {
    private final ScreeningReadService reads;
    private final ScreeningSettingsService settings;
    private final ScreeningKeyRotation rotation;
    private final ScreeningKeyStatus keyStatus;

    ScreeningStaffController(ScreeningReadService reads, ScreeningSettingsService settings,
                             ScreeningKeyRotation rotation, ScreeningKeyStatus keyStatus) {
        this.reads = reads;
        this.settings = settings;
        this.rotation = rotation;
        this.keyStatus = keyStatus;
    }

    @Get("/participants/{participantId}/screenings")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "A participant's screenings with the answers, for their assigned coaches and the team lead "
            + "(audited; marks them read)")
    List<ScreeningResponse> ofParticipant(@PathVariable UUID participantId, Authentication authentication) {
        return reads.ofParticipant(Actor.of(authentication), participantId).stream()
                .map(ScreeningResponse::from).toList();
    }

    @Get("/screening/alerts")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "Unread screenings of my participants, urgent ones first (audited)")
    List<AlertResponse> alerts(Authentication authentication) {
        return reads.alerts(Actor.of(authentication)).stream().map(AlertResponse::from).toList();
    }

    @Get("/teams/{teamId}/screening-settings")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "The team's local contacts and support material per municipality and language")
    SettingsResponse settings(@PathVariable UUID teamId, Authentication authentication) {
        return SettingsResponse.from(settings.settings(Actor.of(authentication), teamId));
    }

    @Put("/teams/{teamId}/screening-settings/local-contacts")
    @Secured(Role.TEAM_LEAD_ROLE)
    @Operation(summary = "Set the team's local contacts shown with help now")
    SettingsResponse localContacts(@PathVariable UUID teamId, @Body @Valid LocalContactsRequest body,
                                   Authentication authentication) {
        return SettingsResponse.from(settings.setLocalContacts(Actor.of(authentication), teamId, body.localContacts()));
    }

    @Put("/teams/{teamId}/screening-settings/support-material")
    @Secured(Role.TEAM_LEAD_ROLE)
    @Operation(summary = "Set (or, with empty text and url, remove) a municipality's support material in one language")
    SettingsResponse material(@PathVariable UUID teamId, @Body @Valid SupportMaterialRequest body,
                              Authentication authentication) {
        return SettingsResponse.from(settings.setMaterial(Actor.of(authentication), teamId, body.municipality(),
                body.language(), body.text(), body.url()));
    }

    @Post("/screening/key-rotation")
    @Secured(Role.ADMIN_ROLE)
    @Operation(summary = "Re-encrypt every screening with the active key (STEGVIS_SCREENING_ACTIVE_KEY); counts only")
    RotationResponse rotate() {
        return RotationResponse.from(rotation.rotate());
    }

    @Get("/screening/keys")
    @Secured(Role.ADMIN_ROLE)
    @Operation(summary = "Each screening key id: configured, active, how many screenings it encrypts, and whether it "
            + "can be removed; ids and counts only, never key material")
    List<KeyStatusResponse> keys() {
        return keyStatus.keys().stream().map(KeyStatusResponse::from).toList();
    }
}
