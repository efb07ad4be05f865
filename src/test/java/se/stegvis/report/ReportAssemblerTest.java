package se.stegvis.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ReportAssemblerTest {
    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private final ReportAssembler assembler = new ReportAssembler(new ComplementarySuppression());

    private static CountTable counts(long women, long men) {
        return CountTable.builder("t", List.of("new"), List.of("WOMAN", "MAN")).set("new", "WOMAN", women)
                .set("new", "MAN", men).build();
    }

    private static Figure cell(ReportSection s, int column) {
        return s.tables().get(0).rows().get(0).figures().get(column);
    }

    @Test
    void aCellHiddenForOneTeamIsHiddenForTheScopeEvenWhenTheSumIsLarge() {
        ReportSection s = assembler.assemble("flow", List.of(A, B),
                Map.of(A, RawSection.of(counts(3, 10)), B, RawSection.of(counts(40, 10))), 5);
        assertThat(cell(s, 0).suppressed()).isTrue();
        assertThat(cell(s, 0).value()).isNull();
        assertThat(cell(s, 1).value()).isEqualByComparingTo("20");
    }

    @Test
    void zeroIsShownAsZero() {
        ReportSection s = assembler.assemble("flow", List.of(A), Map.of(A, RawSection.of(counts(0, 7))), 5);
        assertThat(cell(s, 0).suppressed()).isFalse();
        assertThat(cell(s, 0).value()).isEqualByComparingTo("0");
    }

    @Test
    void aShareIsHiddenWhenTheNoCountIsSmall() {
        ShareTable nineOfTen = new ShareTable("agree", List.of("q1"), List.of("ALL"), new long[][]{{9}},
                new long[][]{{10}});
        ShareTable fiveOfTen = new ShareTable("agree", List.of("q1"), List.of("ALL"), new long[][]{{5}},
                new long[][]{{10}});
        assertThat(cell(assembler.assemble("q", List.of(A), Map.of(A, RawSection.of(nineOfTen)), 5), 0).suppressed())
                .isTrue();
        Figure half = cell(assembler.assemble("q", List.of(A), Map.of(A, RawSection.of(fiveOfTen)), 5), 0);
        assertThat(half.value()).isEqualByComparingTo("0.5");
    }

    @Test
    void aMeanIsHiddenWhenOneTeamHasTooFewEvenIfTheScopeHasEnough() {
        SampleTable few = new SampleTable("age", List.of("all"), List.of("ALL"), SampleTable.Statistic.MEAN,
                new SampleTable.Sample[][]{{SampleTable.Sample.of(30, 40)}});
        SampleTable many = new SampleTable("age", List.of("all"), List.of("ALL"), SampleTable.Statistic.MEAN,
                new SampleTable.Sample[][]{{SampleTable.Sample.of(20, 20, 20, 20, 20, 20)}});
        assertThat(cell(assembler.assemble("a", List.of(A, B), Map.of(A, RawSection.of(few), B, RawSection.of(many)),
                5), 0).suppressed()).isTrue();
        assertThat(cell(assembler.assemble("a", List.of(B), Map.of(B, RawSection.of(many)), 5), 0).value())
                .isEqualByComparingTo("20");
    }

    @Test
    void aMedianOfTheScopePoolsTheTeamsValues() {
        SampleTable a = new SampleTable("m", List.of("all"), List.of("ALL"), SampleTable.Statistic.MEDIAN,
                new SampleTable.Sample[][]{{SampleTable.Sample.of(1, 2, 3, 4, 5)}});
        SampleTable b = new SampleTable("m", List.of("all"), List.of("ALL"), SampleTable.Statistic.MEDIAN,
                new SampleTable.Sample[][]{{SampleTable.Sample.of(10, 11, 12, 13, 14)}});
        assertThat(cell(assembler.assemble("m", List.of(A, B), Map.of(A, RawSection.of(a), B, RawSection.of(b)), 5), 0)
                .value()).isEqualByComparingTo("7.50");
    }

    @Test
    void aTotalColumnIsFilledWithOneRelationPerRow() {
        CountTable t = CountTable.builder("t", List.of("new", "exits"), List.of("WOMAN", "MAN", "TOTAL"))
                .set("new", "WOMAN", 3).set("new", "MAN", 4).set("exits", "MAN", 2).totalColumn("TOTAL").build();
        assertThat(t.value(0, 2)).isEqualTo(7);
        assertThat(t.value(1, 2)).isEqualTo(2);
        assertThat(t.relations()).hasSize(2);
    }
}
