package se.stegvis.participant;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;

/** The logged-in participant's own routes (cookie or bearer token from a redeemed invitation). */
@Controller("/api/participant")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Participant portal", description = "The participant's own session")
class PortalController {
    private final InvitationService invitations;
    private final SessionCookies cookies;

    PortalController(InvitationService invitations, SessionCookies cookies) {
        this.invitations = invitations;
        this.cookies = cookies;
    }

    @Get("/me")
    @Secured(Role.PARTICIPANT_ROLE)
    @Operation(summary = "Who is logged in on this phone")
    ParticipantMeResponse me(Authentication authentication) {
        return ParticipantMeResponse.from(invitations.me(Actor.of(authentication)));
    }

    @Post("/logout")
    @Secured(Role.PARTICIPANT_ROLE)
    @Operation(summary = "Log out this phone: ends the session and clears the cookie")
    HttpResponse<Void> logout(Authentication authentication) {
        invitations.logout(Actor.of(authentication));
        return HttpResponse.<Void>noContent().cookie(cookies.cleared());
    }
}
