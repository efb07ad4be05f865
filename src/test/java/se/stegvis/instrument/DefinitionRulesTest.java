package se.stegvis.instrument;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.stegvis.shared.DomainException.FieldProblem;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.stegvis.instrument.Definitions.freeText;
import static se.stegvis.instrument.Definitions.multiple;
import static se.stegvis.instrument.Definitions.rating;
import static se.stegvis.instrument.Definitions.single;
import static se.stegvis.instrument.Definitions.t;
import static se.stegvis.instrument.Definitions.vas;
import static se.stegvis.instrument.Definitions.yesNo;

/** What makes a definition acceptable, without a container. Problems name the JSON field. */
class DefinitionRulesTest {

    private static List<String> fields(InstrumentDefinition d, Scoring s) {
        return DefinitionRules.problems(d, s).stream().map(FieldProblem::field).toList();
    }

    private static List<String> fields(InstrumentDefinition d) {
        return fields(d, Scoring.NONE);
    }

    @Test
    void aDefinitionWithEveryTypeIsValid() {
        assertThatCode(() -> DefinitionRules.check(Definitions.everyType(), Scoring.SUM)).doesNotThrowAnyException();
    }

    @Test
    void itemKeysMustBeUnique() {
        List<FieldProblem> p = DefinitionRules.problems(Definitions.of(vas("overall", true), rating("overall", true)),
                Scoring.NONE);
        assertThat(p).extracting(FieldProblem::field).containsExactly("definition.items[1].key");
        assertThat(p.get(0).messageKey()).isEqualTo("instrument.definition.key-duplicate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Overall", "1st", "över", "has space", "a-b"})
    void itemKeysAreLowerCaseIdentifiers(String key) {
        assertThat(fields(Definitions.of(vas(key, true)))).containsExactly("definition.items[0].key");
    }

    @Test
    void everyTextNeedsAllThreeLanguages() {
        ItemDefinition noArabic = new ItemDefinition("a", ItemType.VAS_0_10, true, new Texts("Bra", "Good", " "),
                null, null, null, null);
        InstrumentDefinition d = new InstrumentDefinition(new Texts("Titel", null, "عنوان"), null, null, null,
                List.of(noArabic));
        assertThat(fields(d)).containsExactly("definition.title.en", "definition.items[0].text.ar");
    }

    @Test
    void titleIsRequiredAndIntroOptionalButCompleteWhenGiven() {
        InstrumentDefinition d = new InstrumentDefinition(null, new Texts("Hej", "Hi", null), null, null,
                List.of(vas("a", true)));
        assertThat(fields(d)).containsExactly("definition.title", "definition.intro.ar");
    }

    @Test
    void anItemlessDefinitionIsRefused() {
        assertThat(fields(new InstrumentDefinition(t("T"), null, null, null, List.of())))
                .containsExactly("definition.items");
        assertThat(fields(new InstrumentDefinition(t("T"), null, null, null, null))).containsExactly("definition.items");
    }

    @Test
    void choiceItemsNeedAtLeastTwoDistinctChoices() {
        ItemDefinition one = new ItemDefinition("c", ItemType.SINGLE_CHOICE, true, t("Fråga"), null,
                List.of(new Choice("A", t("A"))), null, null);
        ItemDefinition none = new ItemDefinition("m", ItemType.MULTIPLE_CHOICE, true, t("Fråga"), null, null, null, null);
        ItemDefinition twins = new ItemDefinition("d", ItemType.SINGLE_CHOICE, true, t("Fråga"), null,
                List.of(new Choice("A", t("A")), new Choice("A", t("B")), new Choice("a b", t("C"))), null, null);
        assertThat(fields(Definitions.of(one, none, twins))).containsExactly("definition.items[0].choices",
                "definition.items[1].choices", "definition.items[2].choices[1].value", "definition.items[2].choices[2].value");
    }

    @Test
    void choiceTextsNeedAllThreeLanguages() {
        ItemDefinition c = new ItemDefinition("c", ItemType.MULTIPLE_CHOICE, true, t("Fråga"), null,
                List.of(new Choice("A", t("A")), new Choice("B", new Texts("B", "B", null))), null, null);
        assertThat(fields(Definitions.of(c))).containsExactly("definition.items[0].choices[1].text.ar");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 4001, 100_000})
    void freeTextMaxLengthIsOneToFourThousand(int maxLength) {
        assertThat(fields(Definitions.of(freeText("t", true, maxLength)))).containsExactly("definition.items[0].maxLength");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2000, 4000})
    void freeTextMaxLengthBoundsAreInclusive(int maxLength) {
        assertThat(fields(Definitions.of(freeText("t", true, maxLength)))).isEmpty();
    }

    @Test
    void freeTextWithoutMaxLengthIsRefused() {
        ItemDefinition t = new ItemDefinition("t", ItemType.FREE_TEXT, true, t("Fråga"), null, null, null, null);
        assertThat(fields(Definitions.of(t))).containsExactly("definition.items[0].maxLength");
    }

    @Test
    void fieldsThatDoNotBelongToTheTypeAreRefused() {
        ItemDefinition vasWithChoices = new ItemDefinition("a", ItemType.VAS_0_10, true, t("Fråga"), null,
                List.of(new Choice("A", t("A")), new Choice("B", t("B"))), 10, null);
        ItemDefinition yesNoWithAnchors = new ItemDefinition("b", ItemType.YES_NO, true, t("Fråga"),
                new Anchors(t("Nej"), t("Ja")), null, null, null);
        assertThat(fields(Definitions.of(vasWithChoices, yesNoWithAnchors))).containsExactly(
                "definition.items[0].choices", "definition.items[0].maxLength", "definition.items[1].anchors");
    }

    @Test
    void anItemWithoutTypeIsRefused() {
        ItemDefinition untyped = new ItemDefinition("a", null, true, t("Fråga"), null, null, null, null);
        assertThat(fields(Definitions.of(untyped))).containsExactly("definition.items[0].type");
    }

    @Test
    void partsMustBeListedWhenItemsReferToThem() {
        ItemDefinition inPart3 = new ItemDefinition("a", ItemType.YES_NO, true, t("Fråga"), null, null, null, 3);
        InstrumentDefinition d = new InstrumentDefinition(t("T"), null, null,
                List.of(new PartDefinition(1, t("Del 1")), new PartDefinition(1, t("Del 2"))), List.of(inPart3));
        assertThat(fields(d)).containsExactly("definition.parts[1].number", "definition.items[0].part");
    }

    @Test
    void sumScoringNeedsAScaleItem() {
        InstrumentDefinition d = Definitions.of(yesNo("a", true), single("b", true), multiple("c", false));
        assertThat(fields(d, Scoring.SUM)).containsExactly("scoring");
        assertThat(fields(d, Scoring.NONE)).isEmpty();
    }

    @Test
    void overlongTextsAreRefused() {
        InstrumentDefinition d = new InstrumentDefinition(new Texts("x".repeat(2001), "T", "T"), null, null, null,
                List.of(vas("a", true)));
        assertThat(DefinitionRules.problems(d, Scoring.NONE)).singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("instrument.definition.text-too-long"));
    }

    @Test
    void checkThrowsANamedExceptionWithEveryProblem() {
        InstrumentDefinition d = Definitions.of(vas("a", true), vas("a", true), freeText("B", true, 0));
        assertThatThrownBy(() -> DefinitionRules.check(d, Scoring.SUM)).isInstanceOfSatisfying(InvalidDefinition.class,
                e -> assertThat(e.fieldProblems()).extracting(FieldProblem::field).containsExactly(
                        "definition.items[1].key", "definition.items[2].key", "definition.items[2].maxLength"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ORS", "MY_FORM_2", "AB"})
    void codesAreUpperCaseIdentifiers(String code) {
        assertThatCode(() -> DefinitionRules.checkCode(code)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "ors", "2ORS", "MY-FORM", "ÅRS"})
    void badCodesAreRefused(String code) {
        assertThatThrownBy(() -> DefinitionRules.checkCode(code)).isInstanceOf(InvalidDefinition.class);
    }

    @Test
    void textsFallBackToSwedishAndReplaceTheTeamName() {
        Texts text = new Texts("Vad mer på {team}?", null, "ماذا أيضاً في {team}؟");
        assertThat(text.render(java.util.Locale.ENGLISH, "Avesta")).isEqualTo("Vad mer på Avesta?");
        assertThat(text.render(java.util.Locale.forLanguageTag("ar"), "Avesta")).isEqualTo("ماذا أيضاً في Avesta؟");
        assertThat(text.render(java.util.Locale.GERMAN, "Avesta")).isEqualTo("Vad mer på Avesta?");
        assertThat(text.in((String) null)).isEqualTo("Vad mer på {team}?");
    }
}
