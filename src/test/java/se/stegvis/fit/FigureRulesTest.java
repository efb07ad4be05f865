package se.stegvis.fit;

import org.junit.jupiter.api.Test;
import se.stegvis.participant.Gender;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stegvis.fit.Points.history;

/** Expected values computed by hand in the comments. */
class FigureRulesTest {
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);

    private static List<FigureRules.Row> figures() {
        // P1 woman, 36: ORS 20 → 27 (+7, improved, above 25); SRS 38 and 34
        var p1 = new FigureRules.Person(Gender.WOMAN, 1990, history().on(LocalDate.of(2026, 2, 1)).ors(20).srs(38)
                .next().on(LocalDate.of(2026, 3, 1)).ors(27).srs(34).done());
        // P2 woman, 41: ORS 30 (before the period) → 24 (−6, worse, below 25); SRS 36
        var p2 = new FigureRules.Person(Gender.WOMAN, 1985, history().on(LocalDate.of(2025, 12, 1)).ors(30)
                .next().on(LocalDate.of(2026, 2, 1)).ors(24).srs(36).done());
        // P3 man, 26: ORS 22 → 24 (+2, no reliable change, below); a group SRS 30 (not in the mean SRS)
        var p3 = new FigureRules.Person(Gender.MAN, 2000, history().on(LocalDate.of(2026, 2, 1)).ors(22)
                .next().group().on(LocalDate.of(2026, 3, 1)).ors(24).srs(30).done());
        // P4 man, 26: one ORS only, not counted; SRS 40 counts in the mean SRS
        var p4 = new FigureRules.Person(Gender.MAN, 2000, history().on(LocalDate.of(2026, 4, 1)).ors(15).srs(40).done());
        // P5 woman, 36: both ORS before the period, not counted
        var p5 = new FigureRules.Person(Gender.WOMAN, 1990, history().on(LocalDate.of(2025, 3, 1)).ors(20)
                .next().on(LocalDate.of(2025, 4, 1)).ors(30).done());
        return FigureRules.compute(FitSettings.DEFAULTS, List.of(p1, p2, p3, p4, p5), FROM, TO);
    }

    private static FigureRules.Row row(Gender g, String band) {
        return figures().stream().filter(r -> r.gender() == g && java.util.Objects.equals(r.ageBand(), band))
                .findFirst().orElseThrow();
    }

    @Test
    void everyoneTogether() {
        FigureRules.Row all = row(null, null);
        assertThat(all.participantsWithTwoOrs()).isEqualTo(3);
        assertThat(all.meanChange()).isEqualTo(1.0);           // (7 − 6 + 2) / 3
        assertThat(all.shareReliablyImproved()).isEqualTo(0.333);
        assertThat(all.shareReliablyWorse()).isEqualTo(0.333);
        assertThat(all.shareAboveCutoffAtLatest()).isEqualTo(0.333);
        assertThat(all.meanSrs()).isEqualTo(37.0);             // (38 + 34 + 36 + 40) / 4
        assertThat(all.srsRatings()).isEqualTo(4);
    }

    @Test
    void byGender() {
        FigureRules.Row women = row(Gender.WOMAN, null);
        assertThat(women.participantsWithTwoOrs()).isEqualTo(2);
        assertThat(women.meanChange()).isEqualTo(0.5);         // (7 − 6) / 2
        assertThat(women.shareReliablyImproved()).isEqualTo(0.5);
        assertThat(women.shareAboveCutoffAtLatest()).isEqualTo(0.5);
        assertThat(women.meanSrs()).isEqualTo(36.0);           // (38 + 34 + 36) / 3
        FigureRules.Row men = row(Gender.MAN, null);
        assertThat(men.participantsWithTwoOrs()).isEqualTo(1);
        assertThat(men.meanChange()).isEqualTo(2.0);
        assertThat(men.shareReliablyImproved()).isEqualTo(0.0);
        assertThat(men.shareAboveCutoffAtLatest()).isEqualTo(0.0);
        assertThat(men.meanSrs()).isEqualTo(40.0);
    }

    @Test
    void byAgeBandAndByBoth() {
        assertThat(row(null, "35-44").participantsWithTwoOrs()).isEqualTo(2);
        assertThat(row(null, "25-34").meanChange()).isEqualTo(2.0);
        assertThat(row(Gender.MAN, "25-34").srsRatings()).isEqualTo(1);
        assertThat(figures()).noneMatch(r -> "55-64".equals(r.ageBand()));
    }

    @Test
    void nobodyWithTwoRatingsGivesEmptyMeansNotZeros() {
        var only = new FigureRules.Person(Gender.OTHER_UNKNOWN, 1999, history().on(LocalDate.of(2026, 2, 1)).ors(20).done());
        FigureRules.Row r = FigureRules.compute(FitSettings.DEFAULTS, List.of(only), FROM, TO).get(0);
        assertThat(r.participantsWithTwoOrs()).isZero();
        assertThat(r.meanChange()).isNull();
        assertThat(r.shareReliablyImproved()).isNull();
        assertThat(r.meanSrs()).isNull();
    }
}
