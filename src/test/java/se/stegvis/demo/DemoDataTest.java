package se.stegvis.demo;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.stegvis.security.Totp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first command as a new user meets it: the embedded H2 default with demo data
 * ("auto" seeds only an embedded database), and a demo coach logging in with password and TOTP to
 * list their team's participants over HTTP. It also extends the H2 parity check to the participant
 * and audit repositories, which the seeding goes through.
 */
class DemoDataTest {
    static EmbeddedServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startLikeTheRunCommand() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "datasources.default.url",
                "jdbc:h2:mem:demo;MODE=MySQL;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1",
                "datasources.default.username", "sa",
                "micronaut.security.token.jwt.signatures.secret.generator.secret",
                "demo-test-secret-0123456789abcdef0123456789abcdef",
                "stegvis.demo-data", "auto"), "demotest");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void demoCoachLogsInAndSeesTheirTeamAtEveryStageOfThePath() throws Exception {
        String token = login("karin.avesta");
        String teams = get("/api/teams", token).body();
        assertThat(teams).contains("Samverkansteam Avesta").doesNotContain("Hedemora\"");
        String teamId = firstId(teams);
        HttpResponse<String> list = get("/api/teams/" + teamId + "/participants", token);
        assertThat(list.statusCode()).isEqualTo(200);
        for (String stage : new String[]{"REFERRED", "STUDY_VISIT", "QUEUED", "TRIAL", "ENROLLED", "EXITED"}) {
            assertThat(list.body()).as("a demo participant at " + stage).contains("\"stage\":\"" + stage + "\"");
        }
        assertThat(list.body()).contains("DROPOUT").contains("WORK").contains("Åsa Ö.");
        assertThat(count(list.body(), "\"displayName\"")).isBetween(15, 20);
    }

    @Test
    void demoCoachSeesFitAlertsAndAParticipantsTrendChart() throws Exception {
        String token = login("karin.avesta");
        String alerts = get("/api/fit/alerts", token).body();
        assertThat(alerts).contains("LOW_SRS").contains("ORS_DETERIORATION");
        String participantId = alerts.replaceAll("(?s).*?\"participantId\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> chart = get("/api/participants/" + participantId + "/fit/chart", token);
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.body()).startsWith("<svg").contains("ors-point");
    }

    @Test
    void demoCoordinatorGetsNoParticipantData() throws Exception {
        String coordinator = login("samordnare");
        String teamId = firstId(get("/api/teams", coordinator).body());
        assertThat(get("/api/teams/" + teamId + "/participants", coordinator).statusCode()).isIn(403, 404);
    }

    @Test
    void seedingTwiceAddsNothing() throws Exception {
        String token = login("lena.avesta");
        String teamId = firstId(get("/api/teams", token).body());
        int before = count(get("/api/teams/" + teamId + "/participants", token).body(), "\"displayName\"");
        server.getApplicationContext().getBean(DemoData.class).onStartup(null);
        int after = count(get("/api/teams/" + teamId + "/participants", token).body(), "\"displayName\"");
        assertThat(after).isEqualTo(before);
    }

    /** Access tokens by user: a second login within the same 30 seconds would reuse the one-time code. */
    private static final java.util.Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String login(String username) throws IOException, InterruptedException {
        String known = TOKENS.get(username);
        if (known != null) {
            return known;
        }
        String code = Totp.code(DemoData.DEMO_TOTP, Totp.stepAt(Instant.now()));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
                        + DemoData.DEMO_PASSWORD + "\",\"totp\":\"" + code + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Matcher m = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(r.body());
        assertThat(m.find()).isTrue();
        TOKENS.put(username, m.group(1));
        return m.group(1);
    }

    private static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String firstId(String json) {
        Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
