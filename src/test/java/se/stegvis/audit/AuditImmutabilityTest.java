package se.stegvis.audit;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.GenericRepository;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audit rows cannot be changed or deleted through the application (issue 9, ADR 0010). Two guards, each checked
 * against itself on a planted violation so it can fail:
 * <ol>
 *   <li>no source file in main (Java, SQL, configuration) or migration holds a statement that updates, deletes, truncates,
 *       replaces or drops audit_event — except ONE delete next to the retention method
 *       {@value #RETENTION_METHOD} in {@value #RETENTION_FILE} (the retention job of issue 9 part 1,
 *       privacy.RetentionJob, ADR 0011);</li>
 *   <li>no Micronaut Data repository of {@link AuditEvent} offers a delete or update method, and none extends a
 *       repository interface that brings them (CrudRepository and its kin): only {@link GenericRepository}.</li>
 * </ol>
 * Statements assembled from pieces at run time ("DELETE FROM " + table) are beyond a text scan; the house rule
 * (SQL only in repositories, the table name written out) keeps them out, and the review of a retention change
 * is the place for them.
 */
class AuditImmutabilityTest {
    static final String RETENTION_FILE = "se/stegvis/audit/AuditRetentionRepository.java";
    static final String RETENTION_METHOD = "deleteExpiredBefore";
    /** How near the retention method's name the one permitted DELETE must be (its @Query or its body). */
    private static final int RETENTION_WINDOW = 300;

    static final Pattern WRITES = Pattern.compile("(?:\\b(?:"
            + "UPDATE\\s+(?:LOW_PRIORITY\\s+|IGNORE\\s+)*`?audit_event`?(?![\\w])"
            + "|DELETE\\s+(?:[\\w`]+\\s+)*?FROM\\s+`?audit_event`?(?![\\w])"
            + "|TRUNCATE\\s+(?:TABLE\\s+)?`?audit_event`?(?![\\w])"
            + "|REPLACE\\s+(?:INTO\\s+)?`?audit_event`?(?![\\w])"
            + "|DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?`?audit_event`?(?![\\w])"
            + "|INSERT\\s+(?:INTO\\s+)?`?audit_event`?[^;\"]*ON\\s+DUPLICATE\\s+KEY\\s+UPDATE)"
            + "|<(?:delete|update|dropTable)\\s[^>]*tableName=\"audit_event\")",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> SCANNED = Set.of(".java", ".sql", ".xml", ".yml", ".yaml", ".properties");
    private static final Set<String> REPOSITORY_METHOD_PREFIXES = Set.of("delete", "remove", "update", "erase");

    @Test
    void noCodeInMainChangesOrDeletesAuditRows() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources"), Path.of("migrations"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).filter(AuditImmutabilityTest::scanned).forEach(f ->
                        violations.addAll(violations(root.relativize(f).toString().replace('\\', '/'), read(f))));
            }
        }
        assertThat(violations).as("statements that change or delete audit rows").isEmpty();
    }

    @Test
    void noRepositoryOfAuditEventsOffersDeleteOrUpdate() {
        List<String> violations = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.stegvis")) {
            if (c.isAnnotatedWith(JdbcRepository.class) && c.isInterface()) {
                violations.addAll(repositoryViolations(c.reflect()));
            }
        }
        assertThat(violations).as("repository methods that change or delete audit rows").isEmpty();
        assertThat(repositoryViolations(AuditRepository.class)).isEmpty();
    }

    // --- the guards checked on planted violations ---

    @Test
    void theScanFindsUpdatesDeletesAndTruncatesInAnyFile() {
        assertThat(violations("se/stegvis/fit/Sneaky.java", "@Query(\"DELETE FROM audit_event WHERE id = :id\")")).hasSize(1);
        assertThat(violations("se/stegvis/x/X.java", "\"update `audit_event` set detail = ?\"")).hasSize(1);
        assertThat(violations("se/stegvis/x/X.java", "\"UPDATE IGNORE audit_event SET at = ?\"")).hasSize(1);
        assertThat(violations("se/stegvis/x/X.java", "\"DELETE a FROM audit_event a JOIN staff s\"")).hasSize(1);
        assertThat(violations("se/stegvis/x/X.java", "\"TRUNCATE TABLE audit_event\"")).hasSize(1);
        assertThat(violations("db/cleanup.sql", "drop table if exists audit_event;")).hasSize(1);
        assertThat(violations("changes/999-x.xml", "<delete tableName=\"audit_event\"><where>1=1</where></delete>"))
                .hasSize(1);
        assertThat(violations("se/stegvis/x/X.java",
                "\"INSERT INTO audit_event (id, detail) VALUES (?, ?) ON DUPLICATE KEY UPDATE detail = ?\"")).hasSize(1);
    }

    @Test
    void theScanLeavesReadsAndAppendsAndOtherTablesAlone() {
        assertThat(violations("se/stegvis/x/X.java", "\"SELECT id FROM audit_event WHERE team_id = ?\"")).isEmpty();
        assertThat(violations("se/stegvis/x/X.java", "\"INSERT INTO audit_event (at, action) VALUES (?, ?)\"")).isEmpty();
        assertThat(violations("se/stegvis/x/X.java", "\"DELETE FROM audit_event_archive WHERE id = ?\"")).isEmpty();
        assertThat(violations("se/stegvis/x/X.java", "\"UPDATE participant SET version = 2\"")).isEmpty();
    }

    @Test
    void onlyOneDeleteNextToTheRetentionMethodIsAllowed() {
        String one = "@Query(\"DELETE FROM audit_event WHERE at < :cutoff\")\n    int " + RETENTION_METHOD
                + "(LocalDateTime cutoff);";
        String otherMethod = "@Query(\"DELETE FROM audit_event WHERE actor_id = :id\")\n    int forget(UUID id);";

        assertThat(violations(RETENTION_FILE, one)).isEmpty();
        assertThat(violations(RETENTION_FILE, one + "\n" + one)).as("a second delete").isNotEmpty();
        assertThat(violations(RETENTION_FILE, otherMethod)).as("a delete in another method").isNotEmpty();
        assertThat(violations("se/stegvis/audit/AuditService.java", one)).as("the method's name elsewhere").isNotEmpty();
    }

    /** Planted: a repository of audit events with everything CrudRepository brings (not a bean: no @JdbcRepository). */
    interface CrudAuditEvents extends CrudRepository<AuditEvent, Long> {
    }

    /** Planted: a generic one that declares its own delete. */
    interface DeletingAuditEvents extends GenericRepository<AuditEvent, Long> {
        void deleteByTeamId(java.util.UUID teamId);
    }

    @Test
    void theRepositoryCheckCatchesCrudRepositoriesAndDeclaredDeletes() {
        assertThat(repositoryViolations(CrudAuditEvents.class)).isNotEmpty()
                .anySatisfy(v -> assertThat(v).contains("CrudRepository"));
        assertThat(repositoryViolations(DeletingAuditEvents.class)).singleElement().asString().contains("deleteByTeamId");
    }

    // --- the checks ---

    static List<String> violations(String file, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = WRITES.matcher(text);
        int permitted = 0;
        while (m.find()) {
            boolean retention = file.endsWith(RETENTION_FILE) && nearRetentionMethod(text, m.start(), m.end())
                    && m.group().toUpperCase().startsWith("DELETE") && permitted++ == 0;
            if (!retention) {
                found.add(file + ": " + m.group().replaceAll("\\s+", " "));
            }
        }
        return found;
    }

    private static boolean nearRetentionMethod(String text, int start, int end) {
        String around = text.substring(Math.max(0, start - RETENTION_WINDOW), Math.min(text.length(), end + RETENTION_WINDOW));
        return Pattern.compile("\\b" + RETENTION_METHOD + "\\s*\\(").matcher(around).find();
    }

    /** A repository of audit events: only GenericRepository, no delete/update/remove methods. */
    static List<String> repositoryViolations(Class<?> repository) {
        if (!isRepositoryOf(repository, AuditEvent.class)) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (Class<?> parent : allInterfaces(repository)) {
            if (parent.getPackageName().startsWith("io.micronaut.data.repository") && parent != GenericRepository.class) {
                found.add(repository.getName() + " extends " + parent.getSimpleName());
            }
        }
        for (Method method : repository.getMethods()) {
            String name = method.getName().toLowerCase();
            boolean retention = method.getName().equals(RETENTION_METHOD)
                    && repository.getName().replace('.', '/').endsWith(RETENTION_FILE.replace(".java", ""));
            if (!retention && REPOSITORY_METHOD_PREFIXES.stream().anyMatch(name::startsWith)
                    && found.stream().noneMatch(f -> f.contains(" extends "))) {
                found.add(repository.getName() + "#" + method.getName());
            }
        }
        return found;
    }

    private static boolean isRepositoryOf(Class<?> repository, Class<?> entity) {
        for (Type t : repository.getGenericInterfaces()) {
            if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                    && GenericRepository.class.isAssignableFrom(raw)
                    && Arrays.asList(p.getActualTypeArguments()).contains(entity)) {
                return true;
            }
            if (t instanceof Class<?> c && isRepositoryOf(c, entity)) {
                return true;
            }
        }
        return false;
    }

    private static List<Class<?>> allInterfaces(Class<?> type) {
        List<Class<?>> all = new ArrayList<>();
        for (Class<?> i : type.getInterfaces()) {
            all.add(i);
            all.addAll(allInterfaces(i));
        }
        return all;
    }

    private static boolean scanned(Path f) {
        String name = f.getFileName().toString();
        return SCANNED.stream().anyMatch(name::endsWith);
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
