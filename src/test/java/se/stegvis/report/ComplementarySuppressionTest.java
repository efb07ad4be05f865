package se.stegvis.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComplementarySuppressionTest {
    private static final List<String> GENDERS = List.of("WOMAN", "MAN", "OTHER_UNKNOWN", "TOTAL");
    private final ComplementarySuppression suppression = new ComplementarySuppression();
    private final ReportAssembler assembler = new ReportAssembler(suppression);

    private static CountTable row(long woman, long man, long other) {
        return CountTable.builder("t", List.of("new"), GENDERS).set("new", "WOMAN", woman).set("new", "MAN", man)
                .set("new", "OTHER_UNKNOWN", other).totalColumn("TOTAL").build();
    }

    private boolean[] hiddenRow(CountTable table) {
        return suppression.hide(table, 5, new boolean[1][4])[0];
    }

    private static void assertNothingRecoverable(CountTable... teams) {
        List<CountTable> all = List.of(teams);
        assertThat(DisclosureChecker.recoverable(all, DisclosureChecker.everySet(
                new ReportAssembler(new ComplementarySuppression()), all, 5))).isEmpty();
    }

    @Test
    void aSingleSmallCellInARowWithATotalGetsTheSmallestInnerCellAsPartner() {
        assertThat(hiddenRow(row(3, 10, 8))).containsExactly(true, false, true, false);
        assertNothingRecoverable(row(3, 10, 8));
    }

    @Test
    void zeroIsShownAndNeverUsedAsAPartner() {
        assertThat(hiddenRow(row(0, 2, 9))).containsExactly(false, true, true, false);
    }

    @Test
    void twoOnesThatSumToTwoGetAThirdCellBecauseAHiddenCountIsAtLeastOne() {
        assertThat(hiddenRow(row(1, 1, 7))).containsExactly(true, true, true, false);
        assertNothingRecoverable(row(1, 1, 7));
    }

    @Test
    void aLoneCountInItsRowHidesTheTotalBecauseNoInnerCellCanProtectIt() {
        assertThat(hiddenRow(row(3, 0, 0))).containsExactly(true, false, false, true);
    }

    @Test
    void aTableWithoutSmallCountsHidesNothing() {
        assertThat(hiddenRow(row(0, 5, 12))).containsExactly(false, false, false, false);
    }

    @Test
    void forcedCellsStayHiddenAndGetAPartner() {
        boolean[][] forced = {{false, true, false, false}};
        assertThat(suppression.hide(row(6, 20, 9), 5, forced)[0]).containsExactly(true, true, false, false);
    }

    @Test
    void theThresholdIsTheAssociationsSetting() {
        assertThat(suppression.hide(row(3, 10, 8), 3, new boolean[1][4])[0])
                .containsExactly(false, false, false, false);
        assertThat(suppression.hide(row(7, 10, 8), 8, new boolean[1][4])[0])
                .containsExactly(true, false, true, false);
    }

    @Test
    void aSmallCellInTheIdentityStartPlusNewMinusExitsIsEndGetsPartnersInItsRowAndColumn() {
        List<String> rows = List.of("start", "new", "exits", "end");
        CountTable flow = CountTable.builder("flow", rows, List.of("WOMAN", "MAN", "TOTAL"))
                .set("start", "WOMAN", 10).set("new", "WOMAN", 3).set("exits", "WOMAN", 6).set("end", "WOMAN", 7)
                .set("start", "MAN", 20).set("new", "MAN", 8).set("exits", "MAN", 9).set("end", "MAN", 19)
                .totalColumn("TOTAL").rowRelation(rows, List.of(1, 1, -1, -1)).build();
        boolean[][] hidden = suppression.hide(flow, 5, new boolean[4][3]);
        assertThat(hidden[1][0]).isTrue();
        assertThat(hidden[1][1]).as("a partner in the row of new").isTrue();
        assertThat(hidden[0][0] || hidden[2][0] || hidden[3][0]).as("a partner in the woman column").isTrue();
        assertThat(List.of(hidden[0][2], hidden[1][2], hidden[2][2], hidden[3][2])).as("totals shown")
                .containsOnly(false);
        assertNothingRecoverable(flow);
    }

    @Test
    void aSmallCellInATableWithTotalsBothWaysGetsTheCheapestRectangleAndTheTotalsStayShown() {
        CountTable grid = CountTable.builder("t", List.of("r0", "r1", "TOTAL"), List.of("c0", "c1", "TOTAL"))
                .set("r0", "c0", 2).set("r0", "c1", 10).set("r1", "c0", 8).set("r1", "c1", 9)
                .totalColumn("TOTAL").totalRow("TOTAL").build();
        boolean[][] hidden = suppression.hide(grid, 5, new boolean[3][3]);
        assertThat(hidden).isDeepEqualTo(new boolean[][]{
                {true, true, false}, {true, true, false}, {false, false, false}});
        assertNothingRecoverable(grid);
    }

    @Test
    void withoutAOneStepWitnessEveryCountLinkedToTheCellIsHidden() {
        // a = 2 × b with a = 2, b = 1: moving b by one moves a by two, which no change of ±1 can balance
        CountTable.Relation doubled = new CountTable.Relation(List.of(new CountTable.Term(0, 0, 1),
                new CountTable.Term(0, 1, -2)));
        CountTable twice = CountTable.builder("t", List.of("r", "s"), List.of("a", "b", "TOTAL"))
                .set("r", "a", 2).set("r", "b", 1).set("s", "a", 10).set("s", "TOTAL", 12)
                .relation(doubled).relation(new CountTable.Relation(List.of(new CountTable.Term(0, 0, 1),
                        new CountTable.Term(1, 0, 1), new CountTable.Term(1, 2, -1)))).build();
        assertThat(suppression.hide(twice, 5, new boolean[2][3])).isDeepEqualTo(new boolean[][]{
                {true, true, false}, {true, false, true}});
        assertNothingRecoverable(twice);
    }

    @Test
    void aTeamsHiddenCellCannotBeRecoveredFromTheAssociationMinusTheOtherTeams() {
        CountTable a = row(3, 10, 8);
        CountTable b = row(12, 6, 9);
        CountTable c = row(20, 7, 5);
        List<DisclosureChecker.Published> reports = DisclosureChecker.everySet(assembler, List.of(a, b, c), 5);
        DisclosureChecker.Published association = reports.stream().filter(p -> p.teams().size() == 3).findFirst()
                .orElseThrow();
        assertThat(association.table().rows().get(0).figures().get(0).suppressed()).isTrue();
        assertNothingRecoverable(a, b, c);
    }
}
