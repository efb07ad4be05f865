package se.stegvis.fit;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the report's kept rows rely on ({@link FigureRows}, ADR 0013): sessions, attendance and ratings are never
 * changed or deleted once written, so the rows written with them stay true. Two guards, each checked on planted
 * violations so that it can fail:
 * <ol>
 *   <li>no source file in main (Java, SQL, configuration) holds a statement that updates, deletes, truncates or
 *       replaces rows of fit_session, fit_attendance or fit_rating — except the anonymisation's new
 *       {@code recorded_at} of ratings, which no figure reads;</li>
 *   <li>no class in main calls a delete or update method of their repositories.</li>
 * </ol>
 * The anonymisation's moves to a new participant id are assembled at run time ("UPDATE " + table) and move the
 * kept rows too (privacy.Anonymiser.MOVED); a change that needs to edit a session's day or delete a rating has to
 * update the kept rows in the same transaction and relax this test.
 */
class FigureRowsInvariantTest {
    private static final String TABLES = "`?fit_(?:session|attendance|rating)`?\\b";
    static final Pattern WRITES = Pattern.compile("\\b(?:"
            + "UPDATE\\s+(?:LOW_PRIORITY\\s+|IGNORE\\s+)*`?fit_(?:session|attendance)`?\\b"
            + "|UPDATE\\s+(?:LOW_PRIORITY\\s+|IGNORE\\s+)*`?fit_rating`?\\s+SET\\s+(?!recorded_at\\s*=\\s*\\?\\s+WHERE)"
            + "|DELETE\\s+(?:[\\w`]+\\s+)*?FROM\\s+" + TABLES
            + "|TRUNCATE\\s+(?:TABLE\\s+)?" + TABLES
            + "|REPLACE\\s+(?:INTO\\s+)?" + TABLES + ")", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SCANNED = Set.of(".java", ".sql", ".yml", ".yaml", ".properties");
    private static final Set<Class<?>> REPOSITORIES = Set.of(SessionRepository.class, AttendanceRepository.class,
            RatingRepository.class);

    @Test
    void noCodeInMainChangesOrDeletesSessionsAttendanceOrRatings() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).filter(f -> SCANNED.stream().anyMatch(f.toString()::endsWith))
                        .forEach(f -> violations.addAll(violations(root.relativize(f).toString(), read(f))));
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void noClassInMainCallsADeleteOrUpdateOfTheirRepositories() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.stegvis");
        assertThat(main.contain(RatingService.class)).as("main classes imported").isTrue();
        assertThat(repositoryCalls(main)).isEmpty();
    }

    // --- the guards checked on planted violations ---

    @Test
    void theScanFindsChangesAndDeletesButLeavesReadsInsertsAndTheAnonymisersTimesAlone() {
        assertThat(violations("X.java", "\"UPDATE fit_session SET held_on = ? WHERE id = ?\"")).hasSize(1);
        assertThat(violations("X.java", "@Query(\"DELETE FROM fit_rating WHERE id = :id\")")).hasSize(1);
        assertThat(violations("X.java", "\"delete a from `fit_attendance` a join participant p\"")).hasSize(1);
        assertThat(violations("X.java", "\"UPDATE fit_rating SET item_1 = ? WHERE id = ?\"")).hasSize(1);
        assertThat(violations("x.sql", "truncate table fit_rating;")).hasSize(1);

        assertThat(violations("X.java", "\"UPDATE fit_rating SET recorded_at = ? WHERE participant_id = ?\"")).isEmpty();
        assertThat(violations("X.java", "\"INSERT INTO fit_rating (id) VALUES (?)\"")).isEmpty();
        assertThat(violations("X.java", "\"SELECT * FROM fit_session s WHERE s.held_on > ?\"")).isEmpty();
        assertThat(violations("X.java", "\"DELETE FROM fit_alert WHERE id = ?\"")).isEmpty();
        assertThat(violations("X.java", "\"REPLACE INTO fit_first_ors (participant_id) SELECT ...\"")).isEmpty();
    }

    /** Planted: code that deletes a rating and updates a session through the repositories. */
    static class Planted {
        void run(RatingRepository ratings, SessionRepository sessions, FitSession s) {
            ratings.deleteById(UUID.randomUUID());
            sessions.update(s);
            sessions.findById(s.id());
        }
    }

    @Test
    void theRepositoryCheckFindsDeletesAndUpdatesButNotReads() {
        JavaClasses planted = new ClassFileImporter().importClasses(Planted.class);
        assertThat(repositoryCalls(planted)).hasSize(2).anySatisfy(v -> assertThat(v).contains("deleteById"))
                .anySatisfy(v -> assertThat(v).contains("update"));
    }

    // --- the checks ---

    static List<String> violations(String file, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = WRITES.matcher(text);
        while (m.find()) {
            found.add(file + ": " + m.group().replaceAll("\\s+", " "));
        }
        return found;
    }

    private static List<String> repositoryCalls(JavaClasses classes) {
        List<String> found = new ArrayList<>();
        for (JavaClass c : classes) {
            for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                String name = call.getName().toLowerCase();
                boolean repository = REPOSITORIES.stream().anyMatch(r -> call.getTargetOwner().isEquivalentTo(r));
                if (repository && (name.startsWith("delete") || name.startsWith("update") || name.startsWith("remove"))) {
                    found.add(c.getName() + " calls " + call.getTargetOwner().getSimpleName() + "#" + call.getName());
                }
            }
        }
        return found;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
