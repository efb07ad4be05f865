package se.stegvis.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Rejects a correctly signed token whose session was revoked or has expired: logout, a
 * deactivated staff member and a participant's lost phone take effect on the next request.
 */
@Singleton
class SessionClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {
    private final SessionService sessions;

    SessionClaimsValidator(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        Object sid = claims.get(Actor.SESSION_CLAIM);
        if (sid == null) {
            return false;
        }
        try {
            return sessions.isLive(UUID.fromString(sid.toString()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
