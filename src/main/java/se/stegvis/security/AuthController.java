package se.stegvis.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.stegvis.shared.ClientAddress;


/** Staff login, token refresh and logout. HTTP only: the rules are in {@link LoginService} and {@link SessionService}. */
@Controller("/api/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Authentication")
class AuthController {
    private final LoginService logins;
    private final SessionService sessions;
    private final ClientAddress clientAddress;

    AuthController(LoginService logins, SessionService sessions, ClientAddress clientAddress) {
        this.logins = logins;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    @Serdeable
    record LoginRequest(@NotBlank @Size(max = 100) String username,
                        @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String password,
                        @Nullable @Size(max = 10) String totp) {
    }

    @Serdeable
    record RefreshRequest(@NotBlank @Size(max = 100) String refreshToken) {
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Staff login with username, password and TOTP code",
            description = "Without totp, a correct password answers 401 with problem code mfa-required. "
                    + "Too many failures answer 429 with Retry-After.")
    SessionService.StaffTokens login(@Body @Valid LoginRequest request, HttpRequest<?> http) {
        return logins.login(request.username(), request.password(), request.totp(), clientAddress.of(http));
    }

    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Swap a refresh token for a new access and refresh token",
            description = "Refresh tokens rotate: presenting a used one ends the whole session.")
    SessionService.StaffTokens refresh(@Body @Valid RefreshRequest request) {
        return sessions.refresh(request.refreshToken());
    }

    @Post("/logout")
    @Secured({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE, Role.TEAM_LEAD_ROLE, Role.COACH_ROLE, Role.PARTICIPANT_ROLE,
            Role.DATA_PROTECTION_OFFICER_ROLE})
    @Operation(summary = "End the current session", description = "Every token of the session stops working at once.",
            security = @SecurityRequirement(name = "bearer"))
    HttpResponse<Void> logout(Authentication authentication) {
        sessions.revoke(Actor.of(authentication).sessionId(), "LOGOUT");
        return HttpResponse.noContent();
    }

    /** The TCP peer. Behind a load balancer this is the balancer; see the report on trusted proxy headers. */
}
