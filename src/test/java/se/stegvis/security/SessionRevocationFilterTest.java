package se.stegvis.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SessionRevocationFilterTest {
    @Inject
    JwtTokenGenerator tokens;

    @Test
    void readsTheSessionIdFromAnIssuedToken() {
        UUID sid = UUID.randomUUID();
        String jwt = tokens.generateToken(Authentication.build(UUID.randomUUID().toString(), List.of("COACH"),
                Map.of(Actor.SESSION_CLAIM, sid.toString(), Actor.KIND_CLAIM, "STAFF")), 60).orElseThrow();
        assertThat(SessionRevocationFilter.sessionOf(jwt)).contains(sid);
    }

    @Test
    void garbageTokensNameNoSession() {
        assertThat(SessionRevocationFilter.sessionOf("not-a-jwt")).isEmpty();
        assertThat(SessionRevocationFilter.sessionOf("a.%%%.c")).isEmpty();
        assertThat(SessionRevocationFilter.sessionOf("e30.e30.sig")).isEmpty();
    }
}
