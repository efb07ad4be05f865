package se.stegvis.screening;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Key rotation end to end (issue 9 part 5), on a database of its own so that "no row uses the old key"
 * means the whole table: screenings submitted under key A through the portal route, the service restarted
 * with A and B (B active), the rotation command run while it serves, every answer read back exactly as
 * submitted, then the service started without A; a wrong or missing key refuses to start, naming the id.
 */
class ScreeningKeyRotationTest {
    private static final String DB = System.getenv().getOrDefault("STEGVIS_TEST_DB", "stegvis_test") + "_rotation";
    private static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";
    private static final String A = "rot-a:" + randomKey();
    private static final String B_KEY = randomKey();
    private static final String B = "rot-b:" + B_KEY;

    @BeforeEach
    void emptyDatabase() throws SQLException {
        sql("DROP DATABASE IF EXISTS `" + DB + "`");
        sql("CREATE DATABASE `" + DB + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        sql("DROP DATABASE IF EXISTS `" + DB + "`");
    }

    @Test
    void keyRotationRoundTripsEveryConfidentialAnswerAndTheOldKeyCanThenBeRemoved() {
        Map<UUID, Map<String, Object>> submitted = new LinkedHashMap<>();
        StaffLogin coach;
        StaffLogin admin;
        try (EmbeddedServer server = start(A, "rot-a")) {
            ApplicationContext ctx = server.getApplicationContext();
            Fixtures fixtures = ctx.getBean(Fixtures.class);
            ParticipantFixtures people = ctx.getBean(ParticipantFixtures.class);
            ScreeningWorld world = ctx.getBean(ScreeningWorld.class);
            HttpClient client = ctx.createBean(HttpClient.class, server.getURL());
            TeamView team = fixtures.team(fixtures.association());
            coach = fixtures.coach(team);
            admin = fixtures.admin(team.associationId());
            List<Map<String, Object>> variants = List.of(ScreeningWorld.URGENT, ScreeningWorld.CALM,
                    ScreeningWorld.answers("NO", "NO", "NO", "NO", "NO", "NO", "NO"),
                    ScreeningWorld.answers("DECLINED", "DECLINED", "DECLINED", "DECLINED", "DECLINED", "DECLINED", "NO"),
                    ScreeningWorld.answers("NO", "YES", "NO", "YES", "YES", "NO", "DECLINED"));
            for (int i = 0; i < 12; i++) {
                ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
                Map<String, Object> answers = variants.get(i % variants.size());
                assertThat(world.answer(client, p, team.associationId(), answers).status()).isEqualTo(201);
                submitted.put(p.id(), answers);
            }
            ParticipantView declines = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
            assertThat(world.submit(client, world.token(declines), UUID.randomUUID().toString(),
                    world.body(world.version(team.associationId()), null, true)).status()).isEqualTo(201);
            submitted.put(declines.id(), Map.of());
            assertThat(keyIdsOfRows(ctx)).containsOnlyKeys("rot-a").containsEntry("rot-a", 13L);
        }

        try (EmbeddedServer service = start(A + "," + B, "rot-b")) {
            ScreeningWorld world = service.getApplicationContext().getBean(ScreeningWorld.class);
            HttpClient client = service.getApplicationContext().createBean(HttpClient.class, service.getURL());
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            int exit = ScreeningKeyCommand.run(context(A + "," + B, "rot-b"), new PrintStream(out, true, StandardCharsets.UTF_8));

            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(exit).as(printed).isZero();
            assertThat(printed).contains("13 re-encrypted, 0 unreadable")
                    .contains("key 'rot-a': 0 row(s), can be removed").contains("key 'rot-b': 13 row(s), active")
                    .doesNotContain(B_KEY);
            assertThat(world.get(client, admin.accessToken(), "/api/screening/keys").list()).containsExactly(
                    Map.of("keyId", "rot-a", "rows", 0, "configured", true, "active", false, "removable", true),
                    Map.of("keyId", "rot-b", "rows", 13, "configured", true, "active", true, "removable", false));
            assertThat(world.get(client, coach.accessToken(), "/api/screening/keys").status()).isEqualTo(403);
        }

        try (EmbeddedServer withoutA = start(B, "rot-b")) {
            ApplicationContext ctx = withoutA.getApplicationContext();
            assertThat(keyIdsOfRows(ctx)).as("no row uses the old key").containsOnlyKeys("rot-b");
            ScreeningVault vault = ctx.getBean(ScreeningVault.class);
            Map<UUID, Map<String, Object>> readBack = new HashMap<>();
            for (ScreeningRecord row : ctx.getBean(ScreeningRecordRepository.class).findAll()) {
                readBack.put(row.participantId(), vault.open(row));
            }
            assertThat(readBack).isEqualTo(submitted);

            ScreeningWorld world = ctx.getBean(ScreeningWorld.class);
            HttpClient client = ctx.createBean(HttpClient.class, withoutA.getURL());
            for (var e : submitted.entrySet()) {
                var screenings = world.get(client, coach.accessToken(), "/api/participants/" + e.getKey() + "/screenings");
                assertThat(screenings.status()).isEqualTo(200);
                @SuppressWarnings("unchecked")
                var answers = (List<Map<String, Object>>) screenings.list().get(0).get("answers");
                assertThat(answers.stream().collect(Collectors.toMap(a -> (String) a.get("key"), a -> a.get("answer"))))
                        .as("what the coach reads for %s", e.getKey()).isEqualTo(e.getValue());
            }
        }
    }

    @Test
    void aWrongOrMissingKeyRefusesToStartNamingTheKeyIdButNotTheKeyWhileDamagedRowsDoNot() throws SQLException {
        try (EmbeddedServer service = start(B, "rot-b")) {
            ApplicationContext ctx = service.getApplicationContext();
            Fixtures fixtures = ctx.getBean(Fixtures.class);
            TeamView team = fixtures.team(fixtures.association());
            StaffLogin coach = fixtures.coach(team);
            ParticipantView p = ctx.getBean(ParticipantFixtures.class).aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
            ScreeningWorld world = ctx.getBean(ScreeningWorld.class);
            assertThat(world.answer(ctx.createBean(HttpClient.class, service.getURL()), p, team.associationId(),
                    ScreeningWorld.CALM).status()).isEqualTo(201);
        }
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        ((Logger) LoggerFactory.getLogger(ScreeningKeyCheck.class)).addAppender(log);
        String wrong = randomKey();
        try {
            assertThatThrownBy(() -> start(A + ",rot-b:" + wrong, "rot-a")).as("by the check value")
                    .rootCause().hasMessageContaining("the key configured as 'rot-b'")
                    .hasMessageContaining("does not decrypt").hasMessageNotContaining(wrong).hasMessageNotContaining(B_KEY);
            sql("DELETE FROM `" + DB + "`.screening_key_check");
            assertThatThrownBy(() -> start("rot-b:" + wrong, "rot-b")).as("rows from before check values: by the rows")
                    .rootCause().hasMessageContaining("the key configured as 'rot-b'");
            assertThatThrownBy(() -> start(A, "rot-a"))
                    .rootCause().hasMessageContaining("key id 'rot-b', which is not in STEGVIS_SCREENING_KEYS");
            assertThat(log.list).filteredOn(e -> e.getLevel().toString().equals("ERROR")).hasSize(3)
                    .allSatisfy(e -> assertThat(e.getFormattedMessage()).startsWith("Screening keys do not match")
                            .doesNotContain(wrong).doesNotContain(B_KEY));
        } finally {
            ((Logger) LoggerFactory.getLogger(ScreeningKeyCheck.class)).detachAppender(log);
        }
        start(B, "rot-b").close();
        assertThat(count("SELECT COUNT(*) FROM `" + DB + "`.screening_key_check WHERE key_id = 'rot-b'"))
                .as("the right key writes the check value back").isEqualTo(1);

        sql("UPDATE `" + DB + "`.screening_response SET declined = NOT declined");
        try (EmbeddedServer damaged = start(B, "rot-b")) {
            assertThat(damaged.isRunning()).as("every row damaged, the key right: the service starts").isTrue();
        }
        assertThatThrownBy(() -> start("rot-b:" + wrong, "rot-b")).as("and a wrong key is still refused")
                .rootCause().hasMessageContaining("the key configured as 'rot-b'");
    }

    private static Map<String, Long> keyIdsOfRows(ApplicationContext ctx) {
        return ctx.getBean(ScreeningRecordRepository.class).countByKeyId().stream()
                .collect(Collectors.toMap(ScreeningRecordRepository.KeyUse::keyId, ScreeningRecordRepository.KeyUse::rowTotal));
    }

    private static EmbeddedServer start(String keys, String active) {
        return context(keys, active).start().getBean(EmbeddedServer.class).start();
    }

    private static ApplicationContextBuilder context(String keys, String active) {
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", SERVER + DB
                + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8");
        props.put("micronaut.server.port", -1);
        props.put("stegvis.demo-data", "false");
        props.put("stegvis.screening.keys", keys);
        props.put("stegvis.screening.active-key", active);
        return ApplicationContext.builder().environments("test").properties(props);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static long count(String query) throws SQLException {
        try (var c = DriverManager.getConnection(SERVER, "root", ""); var s = c.createStatement();
             var rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void sql(String statement) throws SQLException {
        try (var c = DriverManager.getConnection(SERVER, "root", ""); var s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
