package se.stegvis.instrument;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.support.Fixtures;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The public engine other features use, and the built-in rows, against the real MySQL-family database. */
@MicronautTest(transactional = false)
class InstrumentServiceTest {
    @Inject
    InstrumentService instruments;
    @Inject
    Fixtures fixtures;
    @Inject
    InstrumentRepository repository;

    @Test
    void eachBuiltInCodeExistsExactlyOnceWithValidJson() {
        // NULL association ids never collide in the unique index: this is what keeps built-ins unique.
        Map<String, Long> counts = repository.findAllBuiltIn().stream()
                .collect(Collectors.groupingBy(Instrument::code, Collectors.counting()));
        assertThat(counts).containsOnlyKeys(InstrumentHttpTest.BUILT_INS).allSatisfy((k, v) -> assertThat(v).isOne());
        UUID association = fixtures.association();
        for (InstrumentVersionView v : instruments.list(association)) {
            assertThat(v.builtIn()).isTrue();
            assertThat(v.createdBy()).isNull();
            DefinitionRules.check(v.definition(), v.scoring());
            assertThat(v.definition().title().ar()).isNotBlank();
        }
    }

    @Test
    void currentFallsBackToTheBuiltInAndPrefersTheAssociationsOwn() {
        UUID association = fixtures.association();
        InstrumentVersionView builtIn = instruments.current(association, "ORS");
        assertThat(builtIn.builtIn()).isTrue();
        assertThat(builtIn.privacyMode()).isEqualTo(PrivacyMode.IDENTIFIED);

        InstrumentVersionView own = instruments.revise(association, "ORS", builtIn.definition(), null);
        assertThat(instruments.current(association, "ORS").versionId()).isEqualTo(own.versionId());
        assertThat(instruments.current(fixtures.association(), "ORS").versionId()).isEqualTo(builtIn.versionId());
        assertThat(instruments.version(builtIn.versionId())).isEqualTo(builtIn);
    }

    @Test
    void validateScoresAnOrsAnswerOnTheBuiltInVersion() {
        InstrumentVersionView ors = instruments.current(fixtures.association(), "ORS");
        ScoredAnswers r = instruments.validate(ors.versionId(),
                Map.of("individually", 6.5, "interpersonally", 7, "socially", 5.2, "overall", 8));
        assertThat(r.score()).isEqualByComparingTo("26.7");
        assertThat(r.versionId()).isEqualTo(ors.versionId());
        assertThatThrownBy(() -> instruments.validate(ors.versionId(), Map.of("overall", 11)))
                .isInstanceOfSatisfying(InvalidAnswers.class, e -> assertThat(e.fieldProblems())
                        .extracting(p -> p.field()).containsExactly("individually", "interpersonally", "socially", "overall"));
        assertThatThrownBy(() -> instruments.validate(UUID.randomUUID(), Map.of())).isInstanceOf(InstrumentNotFound.class);
    }

    @Test
    void anAnswerGivenOnAnOldVersionIsStillValidatedAgainstThatVersion() {
        UUID association = fixtures.association();
        InstrumentVersionView v1 = instruments.create(association, "WEEKLY", PrivacyMode.IDENTIFIED, Scoring.SUM,
                Definitions.of(Definitions.vas("mood", true)), null);
        InstrumentVersionView v2 = instruments.revise(association, "WEEKLY",
                Definitions.of(Definitions.rating("mood", true)), null);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(instruments.validate(v1.versionId(), Map.of("mood", 9.5)).score()).isEqualByComparingTo("9.5");
        assertThatThrownBy(() -> instruments.validate(v2.versionId(), Map.of("mood", 9.5)))
                .isInstanceOf(InvalidAnswers.class);
        assertThat(instruments.version(association, "WEEKLY", 1).definition()).isEqualTo(v1.definition());
    }

    @Test
    void itemTextsRenderTheTeamNameInTheRequestedLanguage() {
        InstrumentVersionView exit = instruments.current(fixtures.association(), "EXIT_FEEDBACK");
        assertThat(instruments.itemText(exit, "team_do_more", Locale.forLanguageTag("sv"), "Avesta"))
                .isEqualTo("Vad vill du att Avesta ska göra mer av?");
        assertThat(instruments.itemText(exit, "team_do_more", Locale.forLanguageTag("ar"), "Avesta"))
                .isEqualTo("ما الذي تريد أن يفعله Avesta أكثر؟");
        assertThat(instruments.itemText(exit, "team_do_more", Locale.FRENCH, "Avesta"))
                .as("Swedish when the language is not offered").isEqualTo("Vad vill du att Avesta ska göra mer av?");
    }

    @Test
    void listShowsOwnInstrumentsAndTheBuiltInsNotReplaced() {
        UUID association = fixtures.association();
        instruments.create(association, "AAA_FIRST", PrivacyMode.ANONYMOUS, Scoring.NONE,
                Definitions.of(Definitions.yesNo("ok", true)), null);
        instruments.revise(association, "GROUP_FEEDBACK", Definitions.of(Definitions.rating("content", true)), null);
        List<InstrumentVersionView> list = instruments.list(association);
        assertThat(list).extracting(InstrumentVersionView::code).startsWith("AAA_FIRST").contains("GROUP_FEEDBACK")
                .doesNotHaveDuplicates().hasSize(InstrumentHttpTest.BUILT_INS.size() + 1);
        assertThat(list).filteredOn(v -> v.code().equals("GROUP_FEEDBACK")).singleElement()
                .satisfies(v -> assertThat(v.builtIn()).isFalse());
    }
}
