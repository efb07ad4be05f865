package se.stegvis.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.shared.IdempotencyJson;
import se.stegvis.shared.IdempotencyService;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The anonymous suggestion box: participants drop, staff of the team read and mark handled. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Groups")
class SuggestionController {
    private final SuggestionService suggestions;
    private final IdempotencyJson json;

    SuggestionController(SuggestionService suggestions, IdempotencyJson json) {
        this.suggestions = suggestions;
        this.json = json;
    }

    @Serdeable
    record SuggestionRequest(@NotNull String text) {
    }

    @Serdeable
    record HandledRequest(boolean handled) {
    }

    @Serdeable
    record SuggestionResponse(UUID id, String period, String text, boolean handled) {
        static SuggestionResponse from(Suggestion s) {
            return new SuggestionResponse(s.id(), s.period(), s.text(), s.handled());
        }
    }

    @Post("/participant/suggestions")
    @Secured(Role.PARTICIPANT_ROLE)
    @Operation(summary = "Drop an anonymous suggestion (Idempotency-Key required): 201 {\"saved\":true} and nothing else")
    HttpResponse<String> submit(@Header(IdempotencyService.HEADER) @Nullable String key,
                                @Body @Valid SuggestionRequest body, Authentication auth) {
        return IdempotencyJson.reply(suggestions.submit(Actor.of(auth), key, json.canonical(body), body.text(),
                () -> json.response(201, Map.of("saved", true))));
    }

    @Get("/teams/{teamId}/suggestions")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "The team's anonymous suggestions by month, newest month first")
    List<SuggestionResponse> list(@PathVariable UUID teamId, Authentication auth) {
        return suggestions.list(Actor.of(auth), teamId).stream().map(SuggestionResponse::from).toList();
    }

    @Put("/suggestions/{suggestionId}/handled")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "Mark a suggestion handled (or not)")
    SuggestionResponse handled(@PathVariable UUID suggestionId, @Body HandledRequest body, Authentication auth) {
        return SuggestionResponse.from(suggestions.markHandled(Actor.of(auth), suggestionId, body.handled()));
    }
}
