package se.stegvis.privacy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
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
import se.stegvis.shared.IdempotencyJson;
import se.stegvis.shared.IdempotencyService;

import java.util.UUID;

/** Erasure on request. HTTP only: access and rules live in {@link ErasureService}. */
@Controller("/api/participants/{participantId}/erasure")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Data protection")
@SecurityRequirement(name = "bearer")
class ErasureController {
    private final ErasureService erasure;
    private final IdempotencyJson json;

    ErasureController(ErasureService erasure, IdempotencyJson json) {
        this.erasure = erasure;
        this.json = json;
    }

    @Post
    @Secured(Role.TEAM_LEAD_ROLE)
    @Operation(summary = "Erase an exited participant on request (GDPR art. 17; Idempotency-Key required; audited)",
            description = "A team lead of the participant's team. The participant becomes anonymous statistics the "
                    + "way the retention job does it: reports keep their figures, the name, free text, invitations, "
                    + "sessions and links to staff are gone and the id finds nothing any more. 409 while the "
                    + "participant has not exited; another team's participant is 404.")
    HttpResponse<String> erase(@PathVariable UUID participantId, @Header(IdempotencyService.HEADER) @Nullable String key,
                               @Body @Valid ErasureRequest body, Authentication authentication) {
        return IdempotencyJson.reply(erasure.erase(Actor.of(authentication), key, json.canonical(body), participantId,
                body.reason(), r -> json.response(200, r)));
    }
}
