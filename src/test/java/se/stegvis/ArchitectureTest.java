package se.stegvis;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Features (the packages directly under se.stegvis) talk to each other through services, never
 * through another feature's repository; shared knows no feature; controllers only do HTTP.
 */
class ArchitectureTest {
    private static final String ROOT = "se.stegvis.";
    static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.stegvis");
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirFeature() {
        classes().that().haveSimpleNameEndingWith("Repository").or().areAnnotatedWith(JdbcRepository.class)
                .should(onlyBeUsedFromTheirOwnFeature())
                .check(classes);
    }

    @Test
    void sharedDependsOnNoFeature() {
        noClasses().that().resideInAPackage("se.stegvis.shared..")
                .should().dependOnClassesThat(resideInAPackage("se.stegvis..").and(not(resideInAPackage("se.stegvis.shared.."))))
                .check(classes);
    }

    @Test
    void controllersDoNotUseRepositories() {
        noClasses().that().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().areAnnotatedWith(JdbcRepository.class)
                .check(classes);
    }

    /** The feature a class belongs to: the package segment after se.stegvis (empty for the root). */
    static String featureOf(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(ROOT)) {
            return "";
        }
        String rest = pkg.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> onlyBeUsedFromTheirOwnFeature() {
        return new ArchCondition<>("only be used from their own feature package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String feature = featureOf(repository);
                for (Dependency d : repository.getDirectDependenciesToSelf()) {
                    JavaClass origin = d.getOriginClass();
                    if (!featureOf(origin).equals(feature)) {
                        events.add(SimpleConditionEvent.violated(d, origin.getName() + " (feature '" + featureOf(origin)
                                + "') uses " + repository.getName() + " of feature '" + feature + "': " + d.getDescription()));
                    }
                }
            }
        };
    }
}
