package se.stegvis.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.support.Fixtures;
import se.stegvis.support.TestClock;
import se.stegvis.team.StaffView;
import se.stegvis.team.TeamView;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest(transactional = false)
class LoginHttpTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    Throttle throttle;
    @Inject
    LoginService logins;
    @Inject
    JsonMapper json;
    @Inject
    VerifiedTokens verifiedTokens;

    private TeamView team;
    private StaffView coach;

    @BeforeEach
    void coachOfATeam() {
        // Every test logs in from the loopback address; failures of earlier tests must not lock it.
        throttle.reset(LoginService.addressBucket("127.0.0.1"));
        throttle.reset(LoginService.addressBucket("0:0:0:0:0:0:0:1"));
        team = fixtures.team(fixtures.association());
        coach = fixtures.staffMember(team.associationId(), Role.COACH, team);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void loginWithPasswordAndCurrentCodeGivesTokensThatWork() {
        SessionService.StaffTokens tokens = login(coach.username(), Fixtures.PASSWORD, currentCode());
        assertThat(tokens.tokenType()).isEqualTo("Bearer");
        assertThat(tokens.refreshToken()).isNotBlank();
        assertThat(tokens.expiresIn()).isPositive();
        var me = client.toBlocking().exchange(HttpRequest.GET("/api/staff/me").bearerAuth(tokens.accessToken()), Map.class);
        assertThat(me.body()).containsEntry("id", coach.id().toString());
    }

    @Test
    void wrongCodeIsRejected() {
        String stale = Totp.code(Fixtures.TOTP_SECRET, Totp.stepAt(clock.instant()) - 5);
        var e = failLogin(coach.username(), Fixtures.PASSWORD, stale);
        assertThat(e.getStatus().getCode()).isEqualTo(401);
        assertThat(problem(e)).containsEntry("code", "security.invalid-totp");
    }

    @Test
    void reusedCodeIsRejectedAndSoIsAnEarlierOne() {
        clock.freeze(); // a 30-second step boundary between the attempts would make step - 1 merely "wrong"
        long step = Totp.stepAt(clock.instant());
        login(coach.username(), Fixtures.PASSWORD, Totp.code(Fixtures.TOTP_SECRET, step));
        var again = failLogin(coach.username(), Fixtures.PASSWORD, Totp.code(Fixtures.TOTP_SECRET, step));
        assertThat(again.getStatus().getCode()).isEqualTo(401);
        assertThat(problem(again)).containsEntry("code", "security.totp-reused");
        var earlier = failLogin(coach.username(), Fixtures.PASSWORD, Totp.code(Fixtures.TOTP_SECRET, step - 1));
        assertThat(problem(earlier)).containsEntry("code", "security.totp-reused");
    }

    @Test
    void missingCodeAfterTheRightPasswordAsksForTheSecondFactor() {
        var e = failLogin(coach.username(), Fixtures.PASSWORD, null);
        assertThat(e.getStatus().getCode()).isEqualTo(401);
        assertThat(problem(e)).containsEntry("code", "mfa-required");
    }

    @Test
    void missingCodeWithAWrongPasswordDoesNotRevealTheSecondFactor() {
        var e = failLogin(coach.username(), "fel lösenord hela vägen", null);
        assertThat(problem(e)).containsEntry("code", "security.invalid-credentials");
    }

    @Test
    void unknownUserAndWrongPasswordAnswerIdentically() {
        var unknown = failLogin("nobody-" + UUID.randomUUID(), Fixtures.PASSWORD, currentCode());
        var wrong = failLogin(coach.username(), "fel lösenord hela vägen", currentCode());
        assertThat(unknown.getStatus().getCode()).isEqualTo(wrong.getStatus().getCode());
        assertThat(unknown.getResponse().getBody(String.class).orElseThrow()).isEqualTo(wrong.getResponse().getBody(String.class).orElseThrow());
        assertThat(problem(wrong)).containsEntry("code", "security.invalid-credentials");
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPasswordUntilTheLockExpires() {
        for (int i = 0; i < 5; i++) {
            assertThat(failLogin(coach.username(), "fel lösenord nummer " + i, currentCode()).getStatus().getCode()).isEqualTo(401);
        }
        var locked = failLogin(coach.username(), Fixtures.PASSWORD, currentCode());
        assertThat(locked.getStatus().getCode()).isEqualTo(429);
        assertThat(problem(locked)).containsEntry("code", "security.too-many-attempts");
        long retryAfter = Long.parseLong(locked.getResponse().getHeaders().get(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isBetween(1L, 15 * 60L);

        clock.advance(Duration.ofMinutes(16));
        assertThat(login(coach.username(), Fixtures.PASSWORD, currentCode()).accessToken()).isNotBlank();
    }

    @Test
    void successResetsTheFailureCount() {
        for (int i = 0; i < 4; i++) {
            failLogin(coach.username(), "fel lösenord nummer " + i, currentCode());
        }
        login(coach.username(), Fixtures.PASSWORD, currentCode());
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS)); // a fresh code for the next login
        for (int i = 0; i < 4; i++) {
            assertThat(failLogin(coach.username(), "fel igen nummer " + i, currentCode()).getStatus().getCode()).isEqualTo(401);
        }
    }

    @Test
    void manyFailuresFromOneAddressAreThrottledWhateverTheAccount() {
        String address = "203.0.113." + (int) (Math.random() * 250);
        throttle.reset(LoginService.addressBucket(address));
        for (int i = 0; i < 20; i++) {
            String user = "nobody-" + i;
            assertThrows(InvalidCredentials.class, () -> logins.login(user, "gissat lösenord", "000000", address));
        }
        assertThrows(TooManyAttempts.class,
                () -> logins.login(coach.username(), Fixtures.PASSWORD, currentCode(), address));
        throttle.reset(LoginService.addressBucket(address));
    }

    @Test
    void deactivatedStaffCannotLogIn() {
        var admin = fixtures.admin(team.associationId());
        client.toBlocking().exchange(HttpRequest.POST("/api/staff/" + coach.id() + "/deactivate", "")
                .bearerAuth(admin.accessToken()));
        var e = failLogin(coach.username(), Fixtures.PASSWORD, currentCode());
        assertThat(e.getStatus().getCode()).isEqualTo(401);
        assertThat(problem(e)).containsEntry("code", "security.invalid-credentials");
    }

    @Test
    void refreshRotatesTheTokenAndReusingAnOldOneEndsTheSession() {
        var first = login(coach.username(), Fixtures.PASSWORD, currentCode());
        var second = refresh(first.refreshToken());
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(status(HttpRequest.GET("/api/staff/me").bearerAuth(second.accessToken()))).isEqualTo(200);

        var reuse = assertThrows(HttpClientResponseException.class, () -> refresh(first.refreshToken()));
        assertThat(reuse.getStatus().getCode()).isEqualTo(401);
        assertThat(problem(reuse)).containsEntry("code", "security.session-expired");
        // The thief's replay revoked the session: the legitimate new tokens stop too.
        assertThrows(HttpClientResponseException.class, () -> refresh(second.refreshToken()));
        assertThat(status(HttpRequest.GET("/api/staff/me").bearerAuth(second.accessToken()))).isEqualTo(401);
    }

    @Test
    void logoutEndsTheSessionAtOnce() {
        var tokens = login(coach.username(), Fixtures.PASSWORD, currentCode());
        assertThat(status(HttpRequest.POST("/api/auth/logout", "").bearerAuth(tokens.accessToken()))).isEqualTo(204);
        assertThat(status(HttpRequest.GET("/api/staff/me").bearerAuth(tokens.accessToken()))).isEqualTo(401);
        assertThrows(HttpClientResponseException.class, () -> refresh(tokens.refreshToken()));
    }

    @Test
    void tokenJustAcceptedWithAnAlteredSignatureOrPayloadIsRefused() {
        String token = login(coach.username(), Fixtures.PASSWORD, currentCode()).accessToken();
        assertThat(status(HttpRequest.GET("/api/staff/me").bearerAuth(token))).isEqualTo(200);
        assertThat(verifiedTokens.find(token)).as("verified once, remembered").isPresent();
        String[] parts = token.split("\\.");
        char last = parts[2].charAt(parts[2].length() - 2);
        String otherSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2)
                + (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1);
        String admin = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"COACH\"", "\"ADMIN\"");
        String otherPayload = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(admin.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(status(HttpRequest.GET("/api/staff/me").bearerAuth(otherSignature))).isEqualTo(401);
        assertThat(status(HttpRequest.GET("/api/staff/me").bearerAuth(otherPayload))).isEqualTo(401);
        assertThat(status(HttpRequest.GET("/api/staff/me").bearerAuth(token))).isEqualTo(200);
    }

    @Test
    void logoutNeedsALogin() {
        assertThat(status(HttpRequest.POST("/api/auth/logout", ""))).isEqualTo(401);
    }

    @Test
    void blankFieldsAreProblemJsonWithFieldErrors() {
        var e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                HttpRequest.POST("/api/auth/login", Map.of("username", "", "password", "x")), String.class));
        assertThat(e.getStatus().getCode()).isEqualTo(400);
        assertThat(e.getResponse().getContentType().orElseThrow().toString()).startsWith("application/problem+json");
        assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"username\"");
    }

    private String currentCode() {
        return Totp.code(Fixtures.TOTP_SECRET, Totp.stepAt(clock.instant()));
    }

    private SessionService.StaffTokens login(String username, String password, String totp) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", password);
        if (totp != null) {
            body.put("totp", totp);
        }
        return client.toBlocking().retrieve(HttpRequest.POST("/api/auth/login", body), SessionService.StaffTokens.class);
    }

    private HttpClientResponseException failLogin(String username, String password, String totp) {
        return assertThrows(HttpClientResponseException.class, () -> login(username, password, totp));
    }

    private SessionService.StaffTokens refresh(String refreshToken) {
        return client.toBlocking().retrieve(HttpRequest.POST("/api/auth/refresh", Map.of("refreshToken", refreshToken)),
                SessionService.StaffTokens.class);
    }

    private int status(HttpRequest<?> request) {
        try {
            HttpResponse<?> r = client.toBlocking().exchange(request, String.class);
            return r.getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> problem(HttpClientResponseException e) {
        try {
            return json.readValue(e.getResponse().getBody(String.class).orElseThrow(), Map.class);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
