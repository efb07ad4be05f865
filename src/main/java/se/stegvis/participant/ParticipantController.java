package se.stegvis.participant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Participants, for coaches and team leads of the participant's team. Other roles are refused by
 * role (403) before any lookup, so the answer never depends on the id; staff of another team get
 * 404 from the service.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Participants", description = "Enrolment, path, exit and background variables")
class ParticipantController {
    private final ParticipantService participants;

    ParticipantController(ParticipantService participants) {
        this.participants = participants;
    }

    @Post("/teams/{teamId}/participants")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "Record a new participant in the team")
    HttpResponse<ParticipantResponse> create(@PathVariable UUID teamId, @Body @Valid CreateParticipantRequest request,
                                             Authentication authentication) {
        ParticipantView v = participants.create(Actor.of(authentication), teamId, request.details(), request.coachIds());
        return HttpResponse.created(ParticipantResponse.from(v), URI.create("/api/participants/" + v.id()));
    }

    @Get("/teams/{teamId}/participants")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "The team's participants, optionally at one stage of the path")
    List<ParticipantResponse> list(@PathVariable UUID teamId, @QueryValue @Nullable PathStage stage,
                                   Authentication authentication) {
        return participants.list(Actor.of(authentication), teamId, stage).stream()
                .map(ParticipantResponse::from).toList();
    }

    @Get("/participants/{participantId}")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "One participant")
    ParticipantResponse get(@PathVariable UUID participantId, Authentication authentication) {
        return ParticipantResponse.from(participants.get(Actor.of(authentication), participantId));
    }

    @Put("/participants/{participantId}")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "Change background variables and path dates",
            description = "409 when version is stale. Changed background variables are kept in the background history "
                    + "with who, when and correctionReason")
    ParticipantResponse update(@PathVariable UUID participantId, @Body @Valid UpdateParticipantRequest request,
                               Authentication authentication) {
        return ParticipantResponse.from(participants.update(Actor.of(authentication), participantId,
                request.details(), request.version(), request.correctionReason()));
    }

    @Get("/participants/{participantId}/background-history")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "Corrections of the participant's background variables, newest first",
            description = "One entry per changed variable: who, when, old and new value (enum codes), why")
    List<BackgroundChangeResponse> backgroundHistory(@PathVariable UUID participantId, Authentication authentication) {
        return participants.backgroundHistory(Actor.of(authentication), participantId).stream()
                .map(BackgroundChangeResponse::from).toList();
    }

    @Post("/participants/{participantId}/exit")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "End the participant's path with one or more outcomes")
    ParticipantResponse exit(@PathVariable UUID participantId, @Body @Valid ExitParticipantRequest request,
                             Authentication authentication) {
        return ParticipantResponse.from(participants.exit(Actor.of(authentication), participantId,
                request.exitDate(), request.outcomes(), request.incomeAfter(), request.version()));
    }

    @Put("/participants/{participantId}/coaches")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "Replace the participant's coaches (members of the participant's team)")
    ParticipantResponse coaches(@PathVariable UUID participantId, @Body @Valid ParticipantCoachesRequest request,
                                Authentication authentication) {
        return ParticipantResponse.from(participants.setCoaches(Actor.of(authentication), participantId,
                request.staffIds()));
    }
}
