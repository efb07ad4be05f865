package se.stegvis.response;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import se.stegvis.instrument.Texts;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

/** What is due: the participant's own list, and their coaches' view and requests. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Due", description = "Instruments on a participant's list")
class DueController {
    private final DueService due;
    private final DueOverviewService overview;
    private final ParticipantInstruments instruments;

    DueController(DueService due, DueOverviewService overview, ParticipantInstruments instruments) {
        this.due = due;
        this.overview = overview;
        this.instruments = instruments;
    }

    @Get("/participant/due")
    @Secured(Role.PARTICIPANT_ROLE)
    @Operation(summary = "What I am asked to fill in now (due within a week), earliest first")
    List<DueItemResponse> mine(Authentication authentication) {
        Actor actor = Actor.of(authentication);
        List<DueService.Due> open = due.openFor(actor);
        Map<String, Texts> titles = instruments.titles(actor, open.stream().map(DueService.Due::instrumentCode)
                .collect(Collectors.toSet()));
        return open.stream().map(d -> DueItemResponse.from(d, titles.get(d.instrumentCode()))).toList();
    }

    @Get("/participants/{participantId}/due")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "Everything on a participant's list, answered or not (audited)")
    List<DueItemResponse> list(@PathVariable UUID participantId, Authentication authentication) {
        return due.listFor(Actor.of(authentication), participantId).stream().map(DueItemResponse::from).toList();
    }

    @Get("/teams/{teamId}/due-overview")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "Which of my participants have answered: a coach's own participants, a team lead's whole "
            + "team, each with every item on their list (DUE, OVERDUE, UPCOMING or ANSWERED with the date; "
            + "anonymous instruments without a date); audited one row per participant")
    List<DueOverviewResponse> overview(@PathVariable UUID teamId, Authentication authentication) {
        return overview.overview(Actor.of(authentication), teamId).stream().map(DueOverviewResponse::from).toList();
    }

    @Post("/participants/{participantId}/due")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "Ask the participant to fill in an instrument, today or on a later date")
    HttpResponse<DueItemResponse> request(@PathVariable UUID participantId, @Body @Valid RequestDueRequest body,
                                          Authentication authentication) {
        return HttpResponse.created(DueItemResponse.from(
                due.request(Actor.of(authentication), participantId, body.instrumentCode(), body.dueDate())));
    }
}
