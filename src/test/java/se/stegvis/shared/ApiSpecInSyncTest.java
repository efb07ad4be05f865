package se.stegvis.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The committed contract in api-spec/ is what the code produces. The build never writes api-spec/
 * itself (only target/api-spec/), so a changed API shows up here until someone regenerates the file
 * and commits it, and reviewers see the contract change in the diff.
 */
class ApiSpecInSyncTest {
    static final String OUT_OF_DATE = "api-spec/stegvis.yml is out of date: run bin/update-api-spec and commit";
    private static final Path COMMITTED = Path.of("api-spec", "stegvis.yml");
    private static final Path GENERATED = Path.of("target", "classes", "META-INF", "swagger", "stegvis.yml");

    @Test
    void committedSpecMatchesTheGeneratedOne() throws IOException {
        assertThat(GENERATED).as("the OpenAPI processor's output").exists();
        if (!Files.exists(COMMITTED)) {
            fail(OUT_OF_DATE);
        }
        assertSameSpec(read(COMMITTED), read(GENERATED));
    }

    @Test
    void aDifferentSpecFailsWithTheFixInTheMessage() {
        assertThatThrownBy(() -> assertSameSpec("paths: {}\n", "paths:\n  /api/x: {}\n"))
                .isInstanceOf(AssertionError.class).hasMessageContaining(OUT_OF_DATE);
    }

    @Test
    void lineEndingsDoNotCount() {
        assertSameSpec("a: 1\r\nb: 2\r\n", "a: 1\nb: 2");
    }

    static void assertSameSpec(String committed, String generated) {
        assertThat(normalise(committed)).as(OUT_OF_DATE).isEqualTo(normalise(generated));
    }

    private static String normalise(String yaml) {
        return yaml.replace("\r\n", "\n").stripTrailing();
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
