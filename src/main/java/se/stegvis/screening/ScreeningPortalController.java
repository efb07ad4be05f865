package se.stegvis.screening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import se.stegvis.screening.ScreeningRequests.SubmitScreeningRequest;
import se.stegvis.screening.ScreeningResponses.MaterialResponse;
import se.stegvis.screening.ScreeningResponses.ParticipantMaterialResponse;
import se.stegvis.screening.ScreeningResponses.PortalSettingsResponse;
import se.stegvis.screening.ScreeningResponses.SubmittedResponse;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.shared.IdempotencyJson;
import se.stegvis.shared.IdempotencyService;

/** The participant's side of the violence screening: settings for the page, submitting, the brochure. */
@Controller("/api/participant/screening")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Screening", description = "Violence screening: encrypted answers, urgent alerts, support material")
class ScreeningPortalController {
    private final ScreeningService screenings;
    private final ScreeningSettingsService settings;
    private final PortalSafety safety;
    private final IdempotencyJson json;

    ScreeningPortalController(ScreeningService screenings, ScreeningSettingsService settings, PortalSafety safety,
                              IdempotencyJson json) {
        this.screenings = screenings;
        this.settings = settings;
        this.safety = safety;
        this.json = json;
    }

    @Get
    @Secured(Role.PARTICIPANT_ROLE)
    @Operation(summary = "How the portal shows the screening: the instrument code, the quick-exit site and the idle timeout")
    PortalSettingsResponse portal() {
        return new PortalSettingsResponse(ScreeningItems.CODE, safety.quickExitUrl(), safety.idleTimeoutSeconds());
    }

    @Post("/responses")
    @Secured(Role.PARTICIPANT_ROLE)
    @Operation(summary = "Answer or decline the screening (Idempotency-Key required): 201 with where to get help now; "
            + "the answers are encrypted and cannot be read back by the participant")
    HttpResponse<String> submit(@Header(IdempotencyService.HEADER) @Nullable String key,
                                @Body @Valid SubmitScreeningRequest body, Authentication authentication) {
        return IdempotencyJson.reply(screenings.submit(Actor.of(authentication), key, json.canonical(body),
                body.versionId(), body.answers(), body.declined(),
                help -> json.response(201, SubmittedResponse.from(help))));
    }

    @Get("/support-material")
    @Secured(Role.PARTICIPANT_ROLE)
    @Operation(summary = "The local support brochure of my municipality in this language (else Swedish), or null")
    ParticipantMaterialResponse material(@QueryValue @Nullable String language, Authentication authentication) {
        return new ParticipantMaterialResponse(settings.materialFor(Actor.of(authentication), language)
                .map(MaterialResponse::from).orElse(null));
    }
}
