package se.stegvis.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.util.Set;
import java.util.UUID;

/**
 * Every token Stegvis issues names its session: a signed token without one is not accepted, and
 * neither is one whose session {@link SessionRevocationFilter} found revoked or expired for this
 * request. This validator runs on the event loop, so it reads only what that filter recorded.
 */
@Singleton
class SessionClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {
    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        Object sid = claims.get(Actor.SESSION_CLAIM);
        if (sid == null) {
            return false;
        }
        UUID session;
        try {
            session = UUID.fromString(sid.toString());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return request == null || request.getAttribute(SessionRevocationFilter.DEAD_SESSIONS, Set.class)
                .map(dead -> !dead.contains(session)).orElse(true);
    }
}
