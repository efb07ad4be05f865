package se.stegvis.team;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import se.stegvis.security.Totp;
import se.stegvis.support.Api;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * First run needs an empty database, so this test starts the application itself on a database of
 * its own (the shared test database always has associations).
 */
class SetupHttpTest {
    private static final String DB = System.getenv().getOrDefault("STEGVIS_TEST_DB", "stegvis_test") + "_setup";
    private static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";
    private static final String PASSWORD = "ett långt och bra lösenord";

    @BeforeAll
    static void emptyDatabase() throws SQLException {
        sql("DROP DATABASE IF EXISTS `" + DB + "`");
        sql("CREATE DATABASE `" + DB + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        sql("DROP DATABASE IF EXISTS `" + DB + "`");
    }

    @Test
    void firstRunLogsOneCodeThatCreatesTheAssociationAndAdminOnce() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        ((Logger) LoggerFactory.getLogger(SetupService.class)).addAppender(log);
        try (EmbeddedServer server = start()) {
            String code = server.getApplicationContext().getBean(SetupService.class).pendingCode().orElseThrow();
            assertThat(log.list).filteredOn(e -> e.getFormattedMessage().contains(code)).hasSize(1)
                    .allSatisfy(e -> assertThat(e.getLevel().toString()).isEqualTo("INFO"));
            Api api = api(server);

            assertThat(api.post("/api/setup", setup("fel-kod", PASSWORD), null).status()).isEqualTo(403);
            var weak = api.post("/api/setup", setup(code, "för kort"), null);
            assertThat(weak.status()).isEqualTo(400);
            assertThat(weak.body()).contains("\"field\":\"adminPassword\"");

            var done = api.post("/api/setup", setup(code, PASSWORD), null);
            assertThat(done.status()).isEqualTo(201);
            String secret = (String) done.map().get("totpSecret");
            assertThat((String) done.map().get("otpauthUri")).startsWith("otpauth://totp/Stegvis:forste.admin?secret=" + secret);

            var login = api.post("/api/auth/login", Map.of("username", "forste.admin", "password", PASSWORD,
                    "totp", Totp.code(secret, Totp.stepAt(Instant.now()))), null);
            assertThat(login.status()).isEqualTo(200);
            var me = api.send(io.micronaut.http.HttpRequest.GET("/api/staff/me")
                    .bearerAuth((String) login.map().get("accessToken")), null);
            assertThat(me.map()).containsEntry("role", "ADMIN").containsEntry("associationId", done.map().get("associationId"));

            var again = api.post("/api/setup", setup(code, PASSWORD), null);
            assertThat(again.status()).isEqualTo(409);
        }
        log.list.clear();
        try (EmbeddedServer restarted = start()) {
            assertThat(restarted.getApplicationContext().getBean(SetupService.class).pendingCode()).isEmpty();
            assertThat(log.list).noneMatch(e -> e.getFormattedMessage().contains("setup code"));
            assertThat(api(restarted).post("/api/setup", setup("vad-som-helst", PASSWORD), null).status()).isEqualTo(409);
        }
    }

    private static EmbeddedServer start() {
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", SERVER + DB
                + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8");
        props.put("micronaut.server.port", -1);
        props.put("endpoints.all.port", -1);
        props.put("stegvis.demo-data", "false");
        return ApplicationContext.run(EmbeddedServer.class, props, "test");
    }

    private static Api api(EmbeddedServer server) {
        return new Api(server.getApplicationContext().createBean(HttpClient.class, server.getURL()),
                server.getApplicationContext().getBean(JsonMapper.class));
    }

    private static Map<String, Object> setup(String code, String password) {
        return Map.of("setupCode", code, "associationName", "Samordningsförbundet Södra Dalarna",
                "adminUsername", "forste.admin", "adminDisplayName", "Åsa Öberg", "adminPassword", password);
    }

    private static void sql(String statement) throws SQLException {
        try (var c = DriverManager.getConnection(SERVER, "root", ""); var s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
