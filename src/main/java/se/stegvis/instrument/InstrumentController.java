package se.stegvis.instrument;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
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
import se.stegvis.shared.Messages;

import java.util.List;
import java.util.Locale;

/** Questionnaires of the caller's association. HTTP only: the rules live in {@link InstrumentAdminService}. */
@Controller("/api/instruments")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Instruments")
@SecurityRequirement(name = "bearer")
class InstrumentController {
    private final InstrumentAdminService instruments;
    private final HttpLocaleResolver locales;
    private final Messages messages;

    InstrumentController(InstrumentAdminService instruments, HttpLocaleResolver locales, Messages messages) {
        this.instruments = instruments;
        this.locales = locales;
        this.messages = messages;
    }

    @Get
    @Secured({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE, Role.TEAM_LEAD_ROLE, Role.COACH_ROLE})
    @Operation(summary = "List the association's instruments",
            description = "The current version of every instrument the caller's association uses: its own, and the "
                    + "built-ins it has not replaced. Titles in the language of Accept-Language (sv, en, ar).")
    List<InstrumentSummaryResponse> list(HttpRequest<?> request, Authentication authentication) {
        Locale locale = messages.supported(locales.resolveOrDefault(request));
        return instruments.list(Actor.of(authentication)).stream()
                .map(v -> InstrumentSummaryResponse.from(v, locale)).toList();
    }

    @Get("/{code}")
    @Secured({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE, Role.TEAM_LEAD_ROLE, Role.COACH_ROLE})
    @Operation(summary = "The current version of an instrument", description = "All items, in all three languages.")
    InstrumentResponse current(String code, Authentication authentication) {
        return InstrumentResponse.from(instruments.current(Actor.of(authentication), code));
    }

    @Get("/{code}/versions/{version}")
    @Secured({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE, Role.TEAM_LEAD_ROLE, Role.COACH_ROLE})
    @Operation(summary = "One version of an instrument",
            description = "Old versions stay readable and unchanged: answers refer to the version they were given on.")
    InstrumentResponse version(String code, int version, Authentication authentication) {
        return InstrumentResponse.from(instruments.version(Actor.of(authentication), code, version));
    }

    @Post
    @Secured(Role.ADMIN_ROLE)
    @Operation(summary = "Create an instrument of the admin's association",
            description = "Version 1 is the given definition. 409 when the association already uses the code "
                    + "(a built-in is changed with PUT); 422 naming the field for a definition that breaks the rules.")
    HttpResponse<InstrumentResponse> create(@Body @Valid CreateInstrumentRequest request,
                                            Authentication authentication) {
        return HttpResponse.created(InstrumentResponse.from(
                instruments.create(Actor.of(authentication), request.toNewInstrument())));
    }

    @Put("/{code}")
    @Secured({Role.ADMIN_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "Change an instrument: a new version",
            description = "The definition becomes the next version of the association's instrument. For a built-in "
                    + "code the association gets its own instrument whose version 1 is this definition; the built-in "
                    + "stays unchanged. Privacy mode and scoring never change.")
    InstrumentResponse revise(String code, @Body @Valid ReviseInstrumentRequest request,
                              Authentication authentication) {
        return InstrumentResponse.from(instruments.revise(Actor.of(authentication), code, request.definition()));
    }
}
