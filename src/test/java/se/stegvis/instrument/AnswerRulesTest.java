package se.stegvis.instrument;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.stegvis.shared.DomainException.FieldProblem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.stegvis.instrument.Definitions.freeText;
import static se.stegvis.instrument.Definitions.multiple;
import static se.stegvis.instrument.Definitions.rating;
import static se.stegvis.instrument.Definitions.single;
import static se.stegvis.instrument.Definitions.vas;
import static se.stegvis.instrument.Definitions.yesNo;

/** Answer validation and scoring for every item type, without a container. */
class AnswerRulesTest {
    private static final UUID VERSION = UUID.randomUUID();

    private static Map<String, Object> valid() {
        Map<String, Object> a = new HashMap<>();
        a.put("vas", 7.3);
        a.put("rating", 4);
        a.put("single", "BUS");
        a.put("multiple", List.of("BOARD_GAMES", "FOREST"));
        a.put("yes_no", "DECLINED");
        a.put("text", "  Mer skog!\r\n ");
        return a;
    }

    private static ScoredAnswers check(InstrumentDefinition d, Scoring s, Map<String, ?> answers) {
        return AnswerRules.validate(VERSION, d, s, answers);
    }

    private static List<FieldProblem> problems(InstrumentDefinition d, Map<String, ?> answers) {
        InvalidAnswers e = catchThrowableOfType(() -> check(d, Scoring.NONE, answers), InvalidAnswers.class);
        assertThat(e).as("answers should be refused").isNotNull();
        assertThat(e.kind()).isEqualTo(se.stegvis.shared.DomainException.Kind.RULE_VIOLATED);
        return e.fieldProblems();
    }

    private static FieldProblem onlyProblem(InstrumentDefinition d, Map<String, ?> answers) {
        List<FieldProblem> p = problems(d, answers);
        assertThat(p).hasSize(1);
        return p.get(0);
    }

    @Test
    void validAnswersOfEveryTypeAreNormalisedInItemOrder() {
        ScoredAnswers r = check(Definitions.everyType(), Scoring.SUM, valid());
        assertThat(r.versionId()).isEqualTo(VERSION);
        assertThat(r.answers()).containsOnlyKeys("vas", "rating", "single", "multiple", "yes_no", "text");
        assertThat(List.copyOf(r.answers().keySet()))
                .containsExactly("vas", "rating", "single", "multiple", "yes_no", "text");
        assertThat(r.answers().get("vas")).isEqualTo(new BigDecimal("7.3"));
        assertThat(r.answers().get("rating")).isEqualTo(4);
        assertThat(r.answers().get("multiple")).as("in the definition's choice order")
                .isEqualTo(List.of("FOREST", "BOARD_GAMES"));
        assertThat(r.answers().get("text")).isEqualTo("Mer skog!");
        assertThat(r.answers().get("yes_no")).isEqualTo("DECLINED");
    }

    @Test
    void sumOfOrsIsTheSumOfItsFourLines() {
        InstrumentDefinition ors = Definitions.of(vas("a", true), vas("b", true), vas("c", true), vas("d", true));
        ScoredAnswers r = check(ors, Scoring.SUM, Map.of("a", 10, "b", 0, "c", 7.5, "d", new BigDecimal("3.40")));
        assertThat(r.score()).isEqualByComparingTo("20.9");
        assertThat(r.answers().get("a")).isEqualTo(new BigDecimal("10.0"));
        assertThat(r.answers().get("d")).isEqualTo(new BigDecimal("3.4"));
        assertThat(ors.maxScore()).isEqualTo(40);
    }

    @Test
    void sumAddsRatingsAndIgnoresUnscoredItems() {
        InstrumentDefinition d = Definitions.of(rating("a", true), rating("b", true), freeText("c", false, 10));
        assertThat(check(d, Scoring.SUM, Map.of("a", 5, "b", 2, "c", "hej")).score()).isEqualByComparingTo("7");
    }

    @Test
    void noScoreWhenScoringIsNone() {
        assertThat(check(Definitions.everyType(), Scoring.NONE, valid()).score()).isNull();
    }

    @Test
    void noScoreWhenAnOptionalScoredItemIsLeftOut() {
        InstrumentDefinition d = Definitions.of(vas("a", true), vas("b", false));
        assertThat(check(d, Scoring.SUM, Map.of("a", 5)).score()).as("a partial sum is not a score").isNull();
        assertThat(check(d, Scoring.SUM, Map.of("a", 5, "b", 1)).score()).isEqualByComparingTo("6");
    }

    @Test
    void missingRequiredItemsAreNamedByKey() {
        List<FieldProblem> p = problems(Definitions.everyType(), Map.of());
        assertThat(p).extracting(FieldProblem::field)
                .containsExactly("vas", "rating", "single", "multiple", "yes_no", "text");
        assertThat(p).extracting(FieldProblem::messageKey).containsOnly("instrument.answer.required");
    }

    @Test
    void nullEmptyListAndBlankTextCountAsNotAnswered() {
        Map<String, Object> a = valid();
        a.put("vas", null);
        a.put("multiple", List.of());
        a.put("text", "   \n ");
        assertThat(problems(Definitions.everyType(), a)).extracting(FieldProblem::field)
                .containsExactly("vas", "multiple", "text");
    }

    @Test
    void optionalItemsMayBeLeftOut() {
        InstrumentDefinition d = Definitions.of(vas("a", false), rating("b", false), single("c", false),
                multiple("d", false), yesNo("e", false), freeText("f", false, 5));
        assertThat(check(d, Scoring.NONE, Map.of()).answers()).isEmpty();
    }

    @Test
    void unknownKeysAreRefused() {
        Map<String, Object> a = valid();
        a.put("shoe_size", 42);
        FieldProblem p = onlyProblem(Definitions.everyType(), a);
        assertThat(p.field()).isEqualTo("shoe_size");
        assertThat(p.messageKey()).isEqualTo("instrument.answer.unknown-item");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "10", "0.0", "10.0", "5.5", "9.9", "0.1", "3.40"})
    void vasAcceptsZeroToTenWithOneDecimal(String value) {
        InstrumentDefinition d = Definitions.of(vas("v", true));
        BigDecimal v = new BigDecimal(value);
        assertThat(check(d, Scoring.SUM, Map.of("v", v)).answers().get("v"))
                .isEqualTo(v.setScale(1, java.math.RoundingMode.UNNECESSARY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.1", "10.1", "11", "-1", "100"})
    void vasRefusesOutOfRange(String value) {
        FieldProblem p = onlyProblem(Definitions.of(vas("v", true)), Map.of("v", new BigDecimal(value)));
        assertThat(p.messageKey()).isEqualTo("instrument.answer.out-of-range");
        assertThat(p.args()).containsExactly(0, 10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.55", "0.01", "9.99", "3.141"})
    void vasRefusesMoreThanOneDecimal(String value) {
        assertThat(onlyProblem(Definitions.of(vas("v", true)), Map.of("v", new BigDecimal(value))).messageKey())
                .isEqualTo("instrument.answer.one-decimal");
    }

    static Stream<Object> notNumbers() {
        return Stream.of("7", "sju", true, List.of(7), Map.of("value", 7), Double.NaN, Double.POSITIVE_INFINITY);
    }

    @ParameterizedTest
    @MethodSource("notNumbers")
    void scalesRefuseWhatIsNotANumber(Object value) {
        assertThat(onlyProblem(Definitions.of(vas("v", true)), Map.of("v", value)).messageKey())
                .isEqualTo("instrument.answer.not-a-number");
        assertThat(onlyProblem(Definitions.of(rating("r", true)), Map.of("r", value)).messageKey())
                .isEqualTo("instrument.answer.not-a-number");
    }

    /** Property-style: every tenth from 0 to 10 is accepted and every sum of four equals the score. */
    @Test
    void everyTenthFromZeroToTenIsAcceptedAndSummedExactly() {
        InstrumentDefinition d = Definitions.of(vas("a", true), vas("b", true), vas("c", true), vas("d", true));
        java.util.Random random = new java.util.Random(4711);
        for (int i = 0; i <= 100; i++) {
            BigDecimal a = BigDecimal.valueOf(i, 1);
            BigDecimal b = BigDecimal.valueOf(random.nextInt(101), 1);
            BigDecimal c = BigDecimal.valueOf(random.nextInt(101), 1);
            double dd = random.nextInt(101) / 10.0;
            ScoredAnswers r = check(d, Scoring.SUM, Map.of("a", a, "b", b, "c", c, "d", dd));
            assertThat(r.score()).isEqualByComparingTo(a.add(b).add(c).add(new BigDecimal(Double.toString(dd))));
            assertThat(r.score().compareTo(BigDecimal.valueOf(40))).isLessThanOrEqualTo(0);
        }
    }

    @Test
    void vasAcceptsEveryJsonNumberType() {
        InstrumentDefinition d = Definitions.of(vas("v", true));
        for (Object n : List.of(7, 7L, (short) 7, 7.0, 7.0f, BigInteger.valueOf(7), new BigDecimal("7.00"))) {
            assertThat(check(d, Scoring.SUM, Map.of("v", n)).answers().get("v")).as(n.getClass().getSimpleName())
                    .isEqualTo(new BigDecimal("7.0"));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void ratingAcceptsOneToFive(int value) {
        assertThat(check(Definitions.of(rating("r", true)), Scoring.SUM, Map.of("r", value)).answers().get("r"))
                .isEqualTo(value);
        assertThat(check(Definitions.of(rating("r", true)), Scoring.SUM, Map.of("r", (double) value)).answers().get("r"))
                .isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, 10})
    void ratingRefusesOutOfRange(int value) {
        FieldProblem p = onlyProblem(Definitions.of(rating("r", true)), Map.of("r", value));
        assertThat(p.messageKey()).isEqualTo("instrument.answer.out-of-range");
        assertThat(p.args()).containsExactly(1, 5);
    }

    @Test
    void ratingRefusesFractions() {
        assertThat(onlyProblem(Definitions.of(rating("r", true)), Map.of("r", 3.5)).messageKey())
                .isEqualTo("instrument.answer.whole-number");
    }

    @Test
    void singleChoiceAcceptsOnlyItsValues() {
        InstrumentDefinition d = Definitions.of(single("c", true));
        assertThat(check(d, Scoring.NONE, Map.of("c", "CAR")).answers().get("c")).isEqualTo("CAR");
        for (Object wrong : List.of("car", "TRAIN", "", 1, List.of("CAR"))) {
            assertThat(onlyProblem(d, Map.of("c", wrong)).messageKey()).as(String.valueOf(wrong))
                    .isEqualTo("instrument.answer.not-a-choice");
        }
    }

    @Test
    void multipleChoiceWantsAListOfDistinctAllowedValues() {
        InstrumentDefinition d = Definitions.of(multiple("m", true));
        assertThat(check(d, Scoring.NONE, Map.of("m", List.of("CREATIVE"))).answers().get("m"))
                .isEqualTo(List.of("CREATIVE"));
        assertThat(onlyProblem(d, Map.of("m", "FOREST")).messageKey()).isEqualTo("instrument.answer.not-a-list");
        assertThat(onlyProblem(d, Map.of("m", List.of("FOREST", "GOLF"))).messageKey())
                .isEqualTo("instrument.answer.not-a-choice");
        assertThat(onlyProblem(d, Map.of("m", List.of("FOREST", "FOREST"))).messageKey())
                .isEqualTo("instrument.answer.duplicate-choice");
        List<Object> withNull = new ArrayList<>();
        withNull.add(null);
        assertThat(onlyProblem(d, Map.of("m", withNull)).messageKey()).isEqualTo("instrument.answer.not-a-choice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"YES", "NO", "DECLINED"})
    void yesNoAcceptsYesNoAndDeclined(String value) {
        assertThat(check(Definitions.of(yesNo("y", true)), Scoring.NONE, Map.of("y", value)).answers().get("y"))
                .isEqualTo(value);
    }

    @Test
    void yesNoRefusesAnythingElse() {
        for (Object wrong : List.of("yes", "JA", "MAYBE", true, 1)) {
            assertThat(onlyProblem(Definitions.of(yesNo("y", true)), Map.of("y", wrong)).messageKey())
                    .as(String.valueOf(wrong)).isEqualTo("instrument.answer.not-a-choice");
        }
    }

    @Test
    void freeTextIsTrimmedAndLimitedInCharactersNotBytes() {
        InstrumentDefinition d = Definitions.of(freeText("t", true, 5));
        assertThat(check(d, Scoring.NONE, Map.of("t", "  åäöÅÖ  ")).answers().get("t")).isEqualTo("åäöÅÖ");
        assertThat(check(d, Scoring.NONE, Map.of("t", "شكراً")).answers().get("t")).isEqualTo("شكراً");
        assertThat(check(d, Scoring.NONE, Map.of("t", "😀😀😀😀😀")).answers().get("t")).as("emoji count once")
                .isEqualTo("😀😀😀😀😀");
        FieldProblem p = onlyProblem(d, Map.of("t", "sex tkn"));
        assertThat(p.messageKey()).isEqualTo("instrument.answer.too-long");
        assertThat(p.args()).containsExactly(5);
        assertThat(onlyProblem(d, Map.of("t", 12345)).messageKey()).isEqualTo("instrument.answer.not-text");
    }

    @Test
    void freeTextLengthBoundaryIsInclusive() {
        InstrumentDefinition d = Definitions.of(freeText("t", true, 2000));
        String max = "å".repeat(2000);
        assertThat(check(d, Scoring.NONE, Map.of("t", max)).answers().get("t")).isEqualTo(max);
        assertThatThrownBy(() -> check(d, Scoring.NONE, Map.of("t", max + "a"))).isInstanceOf(InvalidAnswers.class);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Map<String, Object> a = new HashMap<>();
        a.put("vas", 11);
        a.put("rating", 0);
        a.put("single", "TRAIN");
        a.put("multiple", "FOREST");
        a.put("yes_no", "JA");
        a.put("text", "x".repeat(21));
        a.put("extra", "?");
        assertThat(problems(Definitions.everyType(), a)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("vas", "rating", "single", "multiple", "yes_no", "text", "extra");
    }

    @Test
    void aNullAnswerMapIsAnEmptyOne() {
        assertThat(problems(Definitions.everyType(), null)).hasSize(6);
    }

    @Test
    void answersAreUnmodifiable() {
        ScoredAnswers r = check(Definitions.everyType(), Scoring.SUM, valid());
        assertThatThrownBy(() -> r.answers().put("vas", 1)).isInstanceOf(UnsupportedOperationException.class);
    }
}
