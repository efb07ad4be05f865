package se.stegvis.response;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.instrument.ItemType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The token-by-token reading of stored answers against the way it replaced: the whole answer read into a map by
 * the application's JSON mapper, then {@link IndicatorFigures#agrees} per statement key. Hand-picked answers
 * (decimals, text on a scale, DECLINED, null, nested values, a key given twice, unknown keys, keys missing) and
 * seeded random ones.
 */
@MicronautTest(transactional = false)
class StatementStandsTest {
    private static final Map<String, ItemType> STATEMENTS = statements();

    @Inject
    JsonMapper json;

    private final StatementStands stands = new StatementStands(STATEMENTS);

    @Test
    void handPickedAnswersTakeTheStandsTheMappedAnswersTake() {
        List<String> answers = List.of(
                "{\"respect\":4,\"time\":3,\"vas\":5.5,\"yes\":\"YES\"}",
                "{\"respect\":4.0,\"time\":5,\"vas\":5,\"yes\":\"NO\",\"free\":\"stämmer – helt\"}",
                "{\"respect\":\"4\",\"time\":null,\"vas\":10,\"yes\":\"DECLINED\"}",
                "{\"respect\":[4],\"time\":{\"a\":5},\"yes\":[\"YES\"],\"choice\":[\"A\",\"B\"]}",
                "{\"respect\":1,\"respect\":5,\"yes\":\"YES\",\"yes\":\"NO\"}",
                "{\"other\":{\"respect\":5},\"time\":4}",
                "{}",
                "{\"respect\":12345678901234567890,\"vas\":-0.5,\"yes\":true}");
        for (String answer : answers) {
            assertThat(stands.read(answer)).as(answer).containsExactly(mapped(answer));
        }
        assertThat(stands.read("{\"respect\":4,\"time\":3,\"vas\":5.5,\"yes\":\"YES\"}"))
                .containsExactly(true, false, true, true);
    }

    @Test
    void randomAnswersTakeTheStandsTheMappedAnswersTake() {
        Random random = new Random(2026);
        List<String> keys = new ArrayList<>(STATEMENTS.keySet());
        keys.add("free");
        for (int round = 0; round < 2000; round++) {
            Map<String, Object> answer = new LinkedHashMap<>();
            for (String key : keys) {
                switch (random.nextInt(6)) {
                    case 0 -> answer.put(key, 1 + random.nextInt(5));
                    case 1 -> answer.put(key, random.nextInt(101) / 10.0);
                    case 2 -> answer.put(key, random.nextBoolean() ? "YES" : random.nextBoolean() ? "NO" : "DECLINED");
                    case 3 -> answer.put(key, List.of(random.nextInt(5)));
                    case 4 -> answer.put(key, null);
                    default -> { }
                }
            }
            String stored = write(answer);
            assertThat(stands.read(stored)).as(stored).containsExactly(mapped(stored));
        }
    }

    @Test
    void storedAnswersThatAreNoObjectAreRefused() {
        assertThatThrownBy(() -> stands.read("[1,2]")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stands.read("{\"respect\":")).isInstanceOf(UncheckedIOException.class);
    }

    /** The stands as the figures took them before: the answer read into a map, each key looked up. */
    private Boolean[] mapped(String stored) {
        try {
            Map<String, Object> answer = json.readValue(stored, Argument.mapOf(String.class, Object.class));
            return STATEMENTS.entrySet().stream().map(e -> IndicatorFigures.agrees(e.getValue(), answer.get(e.getKey())))
                    .toArray(Boolean[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Map<String, Object> answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, ItemType> statements() {
        Map<String, ItemType> statements = new LinkedHashMap<>();
        statements.put("respect", ItemType.RATING_1_5);
        statements.put("time", ItemType.RATING_1_5);
        statements.put("vas", ItemType.VAS_0_10);
        statements.put("yes", ItemType.YES_NO);
        return statements;
    }
}
