package se.stegvis.participant;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import se.stegvis.shared.ClientAddress;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.security.TooManyAttempts;
import se.stegvis.shared.Problem;
import se.stegvis.shared.ProblemFactory;

import java.util.UUID;

/** Invitations to the phone portal, their redemption, and "lost phone" revocation. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Invitations", description = "Inviting participants to the phone portal")
class InvitationController {
    private final InvitationService invitations;
    private final SessionCookies cookies;
    private final ProblemFactory problems;
    private final ClientAddress clientAddress;

    InvitationController(InvitationService invitations, SessionCookies cookies, ProblemFactory problems,
                         ClientAddress clientAddress) {
        this.invitations = invitations;
        this.cookies = cookies;
        this.problems = problems;
        this.clientAddress = clientAddress;
    }

    @Post("/participants/{participantId}/invitations")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "Invite the participant to the phone portal",
            description = "Single use, valid 7 days; revokes the participant's older unused invitations.")
    HttpResponse<CreatedInvitationResponse> create(@PathVariable UUID participantId, Authentication authentication) {
        return HttpResponse.created(CreatedInvitationResponse.from(
                invitations.create(Actor.of(authentication), participantId)));
    }

    @Post("/invitations/redeem")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Redeem an invitation code on the phone",
            description = "Sets the session cookie and returns the same token for API clients. Unknown, "
                    + "expired, used and revoked codes all answer 410; repeated failures answer 429.")
    HttpResponse<RedeemedInvitationResponse> redeem(@Body @Valid RedeemInvitationRequest body, HttpRequest<?> request) {
        InvitationService.Redeemed r = invitations.redeem(body.code(), clientAddress.of(request));
        return HttpResponse.ok(RedeemedInvitationResponse.from(r)).cookie(cookies.session(r.token(), r.lifetime()));
    }

    @Post("/participants/{participantId}/sessions/revoke")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "Lost phone: log the participant out everywhere and void unused invitations")
    RevokedSessionsResponse revokeSessions(@PathVariable UUID participantId, Authentication authentication) {
        return new RevokedSessionsResponse(invitations.revokeSessions(Actor.of(authentication), participantId));
    }
}
