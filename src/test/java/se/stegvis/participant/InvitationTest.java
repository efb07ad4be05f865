package se.stegvis.participant;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.security.Throttle;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.TestClock;
import se.stegvis.team.TeamView;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest(transactional = false)
class InvitationTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    Throttle throttle;
    @Inject
    TestClock clock;

    TeamView team;
    StaffLogin coach;
    ParticipantView participant;

    @BeforeEach
    void setUp() {
        resetThrottle();
        team = fixtures.team(fixtures.association());
        coach = fixtures.coach(team);
        participant = people.aParticipant().named("Låna Ödegård").speaks("ar").enrolledDaysAgo(10).createdBy(coach);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        resetThrottle();
    }

    void resetThrottle() {
        for (String ip : List.of("127.0.0.1", "0:0:0:0:0:0:0:1")) {
            throttle.reset("redeem-ip:" + ip);
        }
    }

    CreatedInvitationResponse invite() {
        return client.toBlocking().retrieve(HttpRequest.POST("/api/participants/" + participant.id() + "/invitations", Map.of())
                .header("Authorization", coach.bearer()), CreatedInvitationResponse.class);
    }

    HttpResponse<RedeemedInvitationResponse> redeem(String code) {
        return client.toBlocking().exchange(HttpRequest.POST("/api/invitations/redeem", Map.of("code", code)),
                RedeemedInvitationResponse.class);
    }

    HttpClientResponseException redeemFails(String code) {
        return assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                HttpRequest.POST("/api/invitations/redeem", Map.of("code", code)), String.class));
    }

    int meStatus(HttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    @Test
    void invitationGivesACodeALinkAndAnSvgQrCode() {
        CreatedInvitationResponse inv = invite();
        assertThat(inv.code()).hasSize(27).matches("[A-Za-z0-9_-]+");
        assertThat(inv.link()).endsWith("/i/" + inv.code());
        assertThat(inv.qrSvg()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("<rect x=").endsWith("</svg>");
        assertThat(inv.expiresAt()).isAfter(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(6));
    }

    @Test
    void redeemingSetsAStrictHttpOnlyCookieAndReturnsTheToken() {
        HttpResponse<RedeemedInvitationResponse> r = redeem(invite().code());

        assertThat(r.body().displayName()).isEqualTo("Låna Ödegård");
        assertThat(r.body().preferredLanguage()).isEqualTo("ar");
        String setCookie = r.getHeaders().getAll("Set-Cookie").stream().filter(c -> c.startsWith("stegvis_session="))
                .findFirst().orElseThrow();
        assertThat(setCookie).contains("stegvis_session=" + r.body().token()).containsIgnoringCase("HttpOnly")
                .contains("SameSite=Strict").contains("Path=/").contains("Max-Age=" + Duration.ofDays(180).toSeconds());
    }

    @Test
    void theCookieAloneAuthenticatesTheParticipant() {
        String token = redeem(invite().code()).body().token();
        ParticipantMeResponse me = client.toBlocking().retrieve(HttpRequest.GET("/api/participant/me")
                .cookie(Cookie.of("stegvis_session", token)), ParticipantMeResponse.class);
        assertThat(me.displayName()).isEqualTo("Låna Ödegård");
        assertThat(me.teamName()).isEqualTo(team.name());
        assertThat(me.preferredLanguage()).isEqualTo("ar");
    }

    @Test
    void theTokenAlsoWorksAsABearerToken() {
        String token = redeem(invite().code()).body().token();
        assertThat(meStatus(HttpRequest.GET("/api/participant/me").header("Authorization", "Bearer " + token))).isEqualTo(200);
    }

    @Test
    void aCodeWorksOnceAndAUsedCodeAnswersLikeAnUnknownOne() {
        String code = invite().code();
        redeem(code);
        var used = redeemFails(code);
        var unknown = redeemFails("x" + code.substring(1));
        assertThat(used.getStatus().getCode()).isEqualTo(410);
        assertThat(used.getResponse().getBody(String.class)).isEqualTo(unknown.getResponse().getBody(String.class));
    }

    @Test
    void aCodeExpiresAfterSevenDays() {
        String code = invite().code();
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertThat(redeemFails(code).getStatus().getCode()).isEqualTo(410);
    }

    @Test
    void aNewInvitationRevokesTheOlderUnusedOne() {
        String older = invite().code();
        String newer = invite().code();
        assertThat(redeemFails(older).getStatus().getCode()).isEqualTo(410);
        assertThat(redeem(newer).getStatus().getCode()).isEqualTo(200);
    }

    @Test
    void tenFailuresLockTheClientOutWith429AndRetryAfter() {
        String good = invite().code();
        for (int i = 0; i < 10; i++) {
            assertThat(redeemFails("wrong-code-" + i).getStatus().getCode()).isEqualTo(410);
        }
        var locked = redeemFails(good);
        assertThat(locked.getStatus().getCode()).isEqualTo(429);
        assertThat(Integer.parseInt(locked.getResponse().getHeaders().get("Retry-After"))).isBetween(1, 900);
    }

    @Test
    void lostPhoneRevocationEndsEverySessionAtOnce() {
        String first = redeem(invite().code()).body().token();
        String second = redeem(invite().code()).body().token();
        RevokedSessionsResponse revoked = client.toBlocking().retrieve(HttpRequest.POST(
                "/api/participants/" + participant.id() + "/sessions/revoke", Map.of())
                .header("Authorization", coach.bearer()), RevokedSessionsResponse.class);

        assertThat(revoked.revokedSessions()).isEqualTo(2);
        assertThat(meStatus(HttpRequest.GET("/api/participant/me").cookie(Cookie.of("stegvis_session", first)))).isEqualTo(401);
        assertThat(meStatus(HttpRequest.GET("/api/participant/me").header("Authorization", "Bearer " + second))).isEqualTo(401);
    }

    @Test
    void logoutEndsTheSessionAndClearsTheCookie() {
        String token = redeem(invite().code()).body().token();
        HttpResponse<?> out = client.toBlocking().exchange(HttpRequest.POST("/api/participant/logout", Map.of())
                .cookie(Cookie.of("stegvis_session", token)));

        assertThat(out.getStatus().getCode()).isEqualTo(204);
        assertThat(out.getHeaders().getAll("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("stegvis_session=").contains("Max-Age=0"));
        assertThat(meStatus(HttpRequest.GET("/api/participant/me").cookie(Cookie.of("stegvis_session", token)))).isEqualTo(401);
    }

    @Test
    void staffCannotUseTheParticipantPortalRoutes() {
        assertThat(meStatus(HttpRequest.GET("/api/participant/me").header("Authorization", coach.bearer()))).isEqualTo(403);
    }
}
