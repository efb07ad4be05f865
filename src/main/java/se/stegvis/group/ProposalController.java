package se.stegvis.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.stegvis.group.GroupResponses.ActivityResponse;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;

import java.util.List;
import java.util.UUID;

/** Interest registration: staff propose and start activities, participants register interest. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Groups")
class ProposalController {
    private final ProposalService proposals;

    ProposalController(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Serdeable
    record ProposalRequest(@NotNull ActivityType type, @NotNull @Valid Texts title, int threshold) {
    }

    @Serdeable
    record ProposalResponse(UUID id, ActivityType type, Texts title, int threshold, long interested,
                            boolean thresholdReached, boolean mine, @Nullable UUID activityId) {
        static ProposalResponse from(ProposalService.ProposalView v) {
            Proposal p = v.proposal();
            return new ProposalResponse(p.id(), p.type(), p.title(), p.threshold(), v.interested(),
                    v.interested() >= p.threshold(), v.mine(), p.activityId());
        }
    }

    @Post("/teams/{teamId}/proposals")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Propose an activity that starts when enough are interested")
    ProposalResponse propose(@PathVariable UUID teamId, @Body @Valid ProposalRequest body, Authentication auth) {
        return ProposalResponse.from(proposals.propose(Actor.of(auth), teamId, body.type(), body.title(),
                body.threshold()));
    }

    @Get("/teams/{teamId}/proposals")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "The team's proposals with the number interested and whether the threshold is reached")
    List<ProposalResponse> list(@PathVariable UUID teamId, Authentication auth) {
        return proposals.forTeam(Actor.of(auth), teamId).stream().map(ProposalResponse::from).toList();
    }

    @Post("/proposals/{proposalId}/activity")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Turn a proposal into an activity; those who registered see it on their list and can book")
    ActivityResponse start(@PathVariable UUID proposalId, @Body @Valid ActivityRequest body, Authentication auth) {
        return ActivityResponse.from(proposals.start(Actor.of(auth), proposalId, body.draft()));
    }

    @Get("/participant/proposals")
    @Secured(Role.PARTICIPANT_ROLE)
    @Operation(summary = "My team's open proposals, and started ones I registered for (with the activity to book)")
    List<ProposalResponse> mine(Authentication auth) {
        return proposals.forParticipant(Actor.of(auth)).stream().map(ProposalResponse::from).toList();
    }

    @Put("/participant/proposals/{proposalId}/interest")
    @Secured(Role.PARTICIPANT_ROLE)
    @Operation(summary = "Register my interest (doing it again changes nothing)")
    ProposalResponse interested(@PathVariable UUID proposalId, Authentication auth) {
        return ProposalResponse.from(proposals.interest(Actor.of(auth), proposalId, true));
    }

    @Delete("/participant/proposals/{proposalId}/interest")
    @Secured(Role.PARTICIPANT_ROLE)
    @Operation(summary = "Withdraw my interest")
    ProposalResponse notInterested(@PathVariable UUID proposalId, Authentication auth) {
        return ProposalResponse.from(proposals.interest(Actor.of(auth), proposalId, false));
    }
}
