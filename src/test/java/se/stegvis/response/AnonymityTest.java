package se.stegvis.response;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.SessionService;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unlinkability test (docs/adr/0005-anonymous-answers.md). Several participants of one team log
 * in and answer the start indicator anonymously, interleaved with identified ORS answers and more
 * logins. Then the test reads every row of every table of the database — the login sessions and the
 * audit trail included — as someone with full database access would, and shows that nothing ties an
 * anonymous answer to a person: no shared value, no time, no insertion order.
 */
@MicronautTest(transactional = false)
class AnonymityTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    SessionService sessions;
    @Inject
    DueService due;
    @Inject
    AnswerWorld world;

    /** Values every member of a group shares: they say which group, never which person. */
    static final Set<String> GROUP_COLUMNS = Set.of("team_id", "instrument_version_id", "period", "gender", "age_band");

    record Submitted(ParticipantView participant, String key, Map<String, Object> answers) {
    }

    @Test
    void noAnonymousAnswerCanBeMatchedToAPersonFromTheWholeDatabase() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        int year = LocalDate.now().getYear();
        List<ParticipantView> group = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            var builder = people.aParticipant().named("Deltagare " + i).enrolledDaysAgo(2 + i);
            group.add((i % 3 == 0 ? builder.man().born(year - 40) : builder.woman().born(year - 28)).createdIn(team, coach));
        }
        UUID indicator = world.currentVersion(team.associationId(), "INDICATOR_START");
        UUID ors = world.currentVersion(team.associationId(), "ORS");

        List<Submitted> anonymousInOrder = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < group.size(); i++) {
            ParticipantView p = group.get(i);
            String token = sessions.startParticipantSession(p.id()).token();
            String orsKey = UUID.randomUUID().toString();
            keys.add(orsKey);
            if (i % 2 == 0) {
                assertThat(world.submit(client, token, orsKey, world.body(ors, Map.of("individually", i,
                        "interpersonally", 5, "socially", 5, "overall", 5))).status()).isEqualTo(201);
            }
            // a distinct answer per participant, so this test (and only this test) knows whose row is whose
            Map<String, Object> answers = Map.of("influence", 1 + i % 5, "respect", 1 + i / 5, "time", 3,
                    "usefulness", 4, "readiness", 2);
            String key = UUID.randomUUID().toString();
            keys.add(key);
            assertThat(world.submit(client, token, key, world.body(indicator, answers)).body())
                    .isEqualTo("{\"saved\":true}");
            anonymousInOrder.add(new Submitted(p, key, answers));
            sessions.startParticipantSession(group.get((i + 3) % group.size()).id());
            if (i % 2 == 1) {
                assertThat(world.submit(client, token, orsKey, world.body(ors, Map.of("individually", i,
                        "interpersonally", 6, "socially", 6, "overall", 6))).status()).isEqualTo(201);
            }
        }

        // 1. The table cannot hold a link: no participant column, no time column, no sequence.
        List<Map<String, Object>> columns = world.rows("SELECT column_name AS name, data_type AS type, extra"
                + " FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'anonymous_response'");
        assertThat(columns).extracting(c -> String.valueOf(c.get("name")).toLowerCase()).containsExactlyInAnyOrder(
                "id", "team_id", "instrument_version_id", "period", "gender", "age_band", "answers");
        assertThat(columns).allSatisfy(c -> {
            assertThat(String.valueOf(c.get("type")).toLowerCase()).doesNotContain("date").doesNotContain("time")
                    .doesNotContain("int");
            assertThat(String.valueOf(c.get("extra")).toLowerCase()).doesNotContain("auto_increment")
                    .doesNotContain("on update").doesNotContain("default_generated");
        });

        List<Map<String, Object>> anonymousRows = world.rows("SELECT * FROM anonymous_response WHERE team_id = ?",
                team.id().toString());
        assertThat(anonymousRows).hasSize(group.size());
        assertThat(anonymousRows).allSatisfy(r ->
                assertThat(UUID.fromString((String) r.get("id")).version()).as("random ids").isEqualTo(4));

        // 2. Every row of every table, as a full database dump would have them.
        Set<String> participantIds = group.stream().map(p -> p.id().toString()).collect(Collectors.toSet());
        Map<String, List<Map<String, Object>>> dump = new LinkedHashMap<>();
        for (Map<String, Object> t : world.rows("SELECT table_name AS name FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
            String table = String.valueOf(t.get("name"));
            dump.put(table, world.rows("SELECT * FROM `" + table + "`"));
        }
        assertThat(dump).containsKeys("auth_session", "audit_event", "due_item", "identified_response",
                "idempotency_record", "anonymous_response");

        List<String> mentioningAParticipant = new ArrayList<>();
        List<String> everythingElse = new ArrayList<>();
        dump.forEach((table, rows) -> {
            if (!table.equals("anonymous_response")) {
                for (Map<String, Object> row : rows) {
                    String text = row.toString();
                    everythingElse.add(table + " " + text);
                    if (participantIds.stream().anyMatch(text::contains)) {
                        mentioningAParticipant.add(table + " " + text);
                    }
                }
            }
        });
        assertThat(mentioningAParticipant).as("logins, audit, due items and identified answers of the group")
                .anyMatch(r -> r.startsWith("auth_session")).anyMatch(r -> r.startsWith("audit_event"))
                .anyMatch(r -> r.startsWith("due_item")).anyMatch(r -> r.startsWith("identified_response"));

        for (Map<String, Object> anonymous : anonymousRows) {
            anonymous.forEach((column, value) -> {
                if (!GROUP_COLUMNS.contains(column)) {
                    String v = String.valueOf(value);
                    assertThat(everythingElse).as("%s of an anonymous row appears nowhere else", column)
                            .noneMatch(row -> row.contains(v));
                }
            });
            assertThat(anonymous.values()).as("no participant id inside the anonymous row")
                    .noneMatch(v -> participantIds.stream().anyMatch(String.valueOf(v)::contains));
        }

        // 3. Nothing that names a participant speaks of the anonymous questionnaire.
        assertThat(mentioningAParticipant.stream().filter(r -> r.startsWith("audit_event")))
                .noneMatch(r -> r.contains("INDICATOR"));
        assertThat(mentioningAParticipant.stream().filter(r -> r.startsWith("due_item") && r.contains("INDICATOR_START")))
                .hasSize(group.size())
                .allSatisfy(r -> assertThat(r).contains("answered_on=null"));

        // 4. The idempotency records hold neither keys nor who sent them; anonymous ones only {"saved":true}.
        assertThat(dump.get("idempotency_record")).allSatisfy(row -> {
            String text = row.toString();
            assertThat(keys).noneMatch(text::contains);
            assertThat(participantIds).noneMatch(text::contains);
        });

        // 5. Neither the stored nor the id order follows the submission order.
        List<Map<String, Object>> submissionOrder = anonymousInOrder.stream().map(Submitted::answers).toList();
        assertThat(answersInOrder(world.rows("SELECT answers FROM anonymous_response WHERE team_id = ?",
                team.id().toString()))).containsExactlyInAnyOrderElementsOf(submissionOrder)
                .isNotEqualTo(submissionOrder);
        assertThat(answersInOrder(world.rows("SELECT answers FROM anonymous_response WHERE team_id = ? ORDER BY id",
                team.id().toString()))).isNotEqualTo(submissionOrder);
    }

    private List<Map<String, Object>> answersInOrder(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> world.parse((String) r.get("answers"))).map(m -> {
            Map<String, Object> ints = new LinkedHashMap<>();
            m.forEach((k, v) -> ints.put(k, ((Number) v).intValue()));
            return ints;
        }).toList();
    }
}
