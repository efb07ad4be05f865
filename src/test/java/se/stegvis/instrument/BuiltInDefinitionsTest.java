package se.stegvis.instrument;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The built-in definitions shipped in migrations/instruments/*.json parse, follow the definition
 * rules and carry Swedish, English and Arabic text. No container, no database.
 */
class BuiltInDefinitionsTest {
    private static final JsonMapper JSON = JsonMapper.createDefault();

    static InstrumentDefinition load(String file) throws IOException {
        try (InputStream in = BuiltInDefinitionsTest.class.getResourceAsStream("/migrations/instruments/" + file + ".json")) {
            assertThat(in).as(file).isNotNull();
            return JSON.readValue(in.readAllBytes(), Argument.of(InstrumentDefinition.class));
        }
    }

    @ParameterizedTest
    @CsvSource({"ors,SUM,4", "srs,SUM,4", "srs-group,SUM,4", "exit-feedback,NONE,11", "indicator-start,NONE,5",
            "indicator-exit,NONE,6", "group-feedback,NONE,5", "indicator-start-v2,NONE,6", "indicator-exit-v2,NONE,7",
            "violence-screening,NONE,7"})
    void builtInParsesAndFollowsTheRules(String file, Scoring scoring, int items) throws IOException {
        InstrumentDefinition d = load(file);
        assertThatCode(() -> DefinitionRules.check(d, scoring)).as(file).doesNotThrowAnyException();
        assertThat(d.items()).hasSize(items);
        for (String lang : List.of("sv", "en", "ar")) {
            assertThat(d.title().in(lang)).as(file + " title " + lang).isNotBlank();
            assertThat(d.intro().in(lang)).as(file + " intro " + lang).isNotBlank();
        }
        assertThat(d.title().ar()).as("Arabic is Arabic").containsPattern("[\\u0600-\\u06FF]");
    }

    @Test
    void orsAndSrsAreFourVasLinesWithTheCommonShortLabels() throws IOException {
        assertThat(load("ors").items()).allSatisfy(i -> assertThat(i.type()).isEqualTo(ItemType.VAS_0_10))
                .extracting(i -> i.text().sv() + "/" + i.text().en())
                .containsExactly("Individuellt/Individually", "Relationer/Interpersonally", "Socialt/Socially",
                        "Övergripande/Overall");
        assertThat(load("srs").items()).extracting(i -> i.text().sv() + "/" + i.text().en())
                .containsExactly("Relation/Relationship", "Mål och ämnen/Goals and topics",
                        "Arbetssätt/Approach or method", "Övergripande/Overall");
        assertThat(load("srs-group").items().get(0).text().sv()).isEqualTo("Tillhörighet");
        assertThat(load("ors").maxScore()).isEqualTo(40);
        assertThat(load("ors").note()).contains("licensed").contains("configurable");
    }

    @Test
    void exitFeedbackHasTheElevenQuestionsInTwoPartsWithTheTeamPlaceholder() throws IOException {
        InstrumentDefinition d = load("exit-feedback");
        assertThat(d.items()).allSatisfy(i -> {
            assertThat(i.type()).isEqualTo(ItemType.FREE_TEXT);
            assertThat(i.maxLength()).isEqualTo(2000);
        });
        assertThat(d.items()).filteredOn(i -> i.part() == 1).hasSize(6);
        assertThat(d.items()).filteredOn(i -> i.part() == 2).hasSize(5);
        assertThat(d.parts()).extracting(p -> p.title().sv()).containsExactly("Min medverkan i {team}", "Nyttan med {team}");
        assertThat(d.items().get(0).text().sv()).isEqualTo("Av allt du gjort här på {team}, vad är du mest nöjd med?");
        assertThat(d.items().get(10).text().sv()).isEqualTo("Vad mer?");
        assertThat(d.items().get(0).text(Locale.forLanguageTag("ar"), "Avesta")).contains("Avesta").doesNotContain("{team}");
    }

    @Test
    void indicatorQuestionnairesAreMarkedAsPlaceholdersAndDoNotAskGender() throws IOException {
        for (String file : List.of("indicator-start", "indicator-exit")) {
            InstrumentDefinition d = load(file);
            assertThat(d.title().sv()).startsWith("PLATSHÅLLARE – ersätts med den nationella formuleringen");
            assertThat(d.intro().sv()).contains("PLATSHÅLLARE – ersätts med den nationella formuleringen");
            assertThat(d.title().en()).startsWith("PLACEHOLDER – to be replaced with the national wording");
            assertThat(d.intro().en()).contains("PLACEHOLDER – to be replaced with the national wording");
            assertThat(d.items()).allSatisfy(i -> assertThat(i.type()).isEqualTo(ItemType.RATING_1_5));
            List<String> keys = new ArrayList<>(d.items().stream().map(ItemDefinition::key).toList());
            assertThat(keys).contains("influence", "respect", "time", "usefulness", "readiness")
                    .noneMatch(k -> k.contains("gender") || k.contains("kon"));
        }
    }

    @Test
    void groupFeedbackIsRatingsAndOneOptionalText() throws IOException {
        InstrumentDefinition d = load("group-feedback");
        assertThat(d.items()).filteredOn(i -> i.type() == ItemType.RATING_1_5).hasSizeBetween(3, 4);
        assertThat(d.items()).filteredOn(i -> i.type() == ItemType.FREE_TEXT).singleElement()
                .satisfies(i -> assertThat(i.required()).isFalse());
    }
}
