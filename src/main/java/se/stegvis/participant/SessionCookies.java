package se.stegvis.participant;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * The participant's session cookie, named and secured as the security cookie reader expects:
 * HttpOnly, Secure (configurable for local http), SameSite=Strict, Path=/.
 */
@Singleton
class SessionCookies {
    private final String name;
    private final boolean secure;

    SessionCookies(@Value("${micronaut.security.token.cookie.cookie-name:stegvis_session}") String name,
                   @Value("${micronaut.security.token.cookie.cookie-secure:true}") boolean secure) {
        this.name = name;
        this.secure = secure;
    }

    Cookie session(String token, Duration lifetime) {
        return base(token).maxAge(lifetime);
    }

    Cookie cleared() {
        return base("").maxAge(0);
    }

    private Cookie base(String value) {
        return Cookie.of(name, value).httpOnly(true).secure(secure).sameSite(SameSite.Strict).path("/");
    }
}
