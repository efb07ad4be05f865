package se.stegvis.audit;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every read action the code audits is placed in {@link ReadActions}: reviewed as a record read, reviewed as a
 * list read, or deliberately not reviewed. A new {@code *_READ} constant fails here until someone decides which.
 */
class ReadActionsTest {

    /** The values of all String constants in main whose value ends in _READ, names a listing or an export. */
    static Set<String> auditedReadActions() throws IllegalAccessException {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.stegvis")) {
            if (c.getName().contains("$") || c.getSimpleName().isEmpty()) {
                continue;
            }
            for (Field f : c.reflect().getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers())
                        && f.getType() == String.class) {
                    f.setAccessible(true);
                    Object value = f.get(null);
                    if (value instanceof String s && (s.endsWith("_READ") || s.endsWith("_LISTED")
                            || s.endsWith("_EXPORTED"))) {
                        found.add(s);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void everyReadActionInTheCodeIsPlaced() throws IllegalAccessException {
        Set<String> placed = new HashSet<>(ReadActions.RECORD);
        placed.addAll(ReadActions.LIST);
        placed.addAll(ReadActions.NOT_REVIEWED);

        Set<String> actions = auditedReadActions();

        assertThat(actions).as("read actions found in the code").contains("PARTICIPANT_READ", "PARTICIPANT_LISTED");
        assertThat(placed).as("read actions ReadActions does not place").containsAll(actions);
        assertThat(actions).as("names in ReadActions no code audits any more").containsAll(placed);
    }

    @Test
    void theKindsDoNotOverlap() {
        assertThat(ReadActions.RECORD).doesNotContainAnyElementsOf(ReadActions.LIST)
                .doesNotContainAnyElementsOf(ReadActions.NOT_REVIEWED);
        assertThat(ReadActions.LIST).doesNotContainAnyElementsOf(ReadActions.NOT_REVIEWED);
        assertThat(ReadActions.REVIEWED).hasSize(ReadActions.RECORD.size() + ReadActions.LIST.size());
    }
}
