package se.stegvis.team;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** First-run setup. Anonymous, but useless without the one-time code from the server log. */
@Controller("/api/setup")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Setup")
class SetupController {
    private final SetupService setup;

    SetupController(SetupService setup) {
        this.setup = setup;
    }

    @Post
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Create the first association and its admin with the setup code from the log",
            description = "Works once. Afterwards 409; 404 when this instance issued no code.")
    HttpResponse<SetupResponse> setup(@Body @Valid SetupRequest r) {
        return HttpResponse.created(SetupResponse.from(setup.complete(r.setupCode(), r.associationName(),
                r.adminUsername(), r.adminDisplayName(), r.adminPassword())));
    }
}
