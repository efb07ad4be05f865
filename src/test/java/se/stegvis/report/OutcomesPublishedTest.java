package se.stegvis.report;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.security.Actor;
import se.stegvis.support.Fixtures;
import se.stegvis.team.TeamView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stegvis.report.OutcomesTeamYear.TREND_A;
import static se.stegvis.report.OutcomesTeamYear.YEAR;

/**
 * The outcomes section as a coordinator gets it from {@link ReportService#build} over the hand-built
 * team-year of {@link OutcomesTeamYear}: means, medians and shares over too few persons hidden, small
 * counts hidden, a multi-team scope hiding what one team has too few of.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomesPublishedTest {
    @Inject
    OutcomesTeamYear teamYear;
    @Inject
    Fixtures fixtures;
    @Inject
    OutcomesSection section;
    @Inject
    ReportService reports;

    UUID association;
    TeamView a;
    TeamView b;

    @BeforeAll
    void buildTheTeamYear() {
        OutcomesTeamYear.Built built = teamYear.build();
        association = built.association();
        a = built.a();
        b = built.b();
    }

    @Test
    void coordinatorSeesMeansAndSharesOverEnoughPersonsAndNothingOverFewer() {
        ReportSection s = outcomesOf(reports.build(coordinator(), List.of(a.id()), YEAR));
        ReportTable share = s.tables().get(2);
        assertHidden(share, 0, 0, 1, 2);                       // 5 of 7 (2 did not), 2 of 5, 1 of 1
        assertThat(value(share, 0, 3)).isEqualByComparingTo("0.615");   // 8 of 13

        ReportTable mean = s.tables().get(3);
        assertThat(value(mean, 0, 0)).isEqualByComparingTo("13.27");     // 2020 d / 5 women
        assertHidden(mean, 0, 1, 2);                             // 2 men, 1 other/unknown
        assertThat(value(mean, 0, 3)).isEqualByComparingTo("13.04");     // 3175 d / 8
        ReportTable median = s.tables().get(4);
        assertThat(value(median, 0, 0)).isEqualByComparingTo("12.48");   // 380 d
        assertHidden(median, 0, 1, 2);
        assertThat(value(median, 0, 3)).isEqualByComparingTo("12.24");   // (365 + 380) / 2 d

        ReportTable background = s.tables().get(5);
        assertHidden(background, 0, 0, 1);                       // 3 women, 2 men
        assertThat(background.rows().get(0).figures().get(2)).isEqualTo(Figure.none(Figure.Kind.MEAN));
        assertThat(value(background, 0, 3)).isEqualByComparingTo("5.00");   // 25 years / 5
        assertHidden(background, 1, 0, 1, 2);
        assertThat(value(background, 1, 3)).isEqualByComparingTo("32.67");  // 196 years / 6
    }

    @Test
    void coordinatorSeesTheTrendOnlyForWindowsWithEnoughGoalExits() {
        ReportSection s = outcomesOf(reports.build(coordinator(), List.of(a.id()), YEAR));
        ReportTable mean = s.tables().get(6);
        ReportTable median = s.tables().get(7);
        for (int w = 0; w < 12; w++) {
            if (TREND_A[w].length < 5) {
                assertHidden(mean, w, 0);
                assertHidden(median, w, 0);
            } else {
                assertThat(value(mean, w, 0)).as(mean.rows().get(w).key()).isEqualByComparingTo(expectedMean(TREND_A[w]));
                assertThat(value(median, w, 0)).as(median.rows().get(w).key())
                        .isEqualByComparingTo(expectedMedian(TREND_A[w]));
            }
        }
        assertThat(value(mean, 5, 0)).isEqualByComparingTo("13.57");    // R12-2025-06: 2065 d / 5
        assertThat(value(median, 7, 0)).isEqualByComparingTo("11.98");  // R12-2025-08: (364 + 365) / 2 d
        assertThat(value(mean, 11, 0)).isEqualByComparingTo("13.04");   // the period itself
    }

    @Test
    void publishedCountsHideEverySmallCountAndShowNothingElseThanTheRawCount() {
        ReportSection s = outcomesOf(reports.build(coordinator(), List.of(a.id()), YEAR));
        RawSection raw = rawA();
        for (int i = 0; i < 2; i++) {
            CountTable rawTable = (CountTable) raw.tables().get(i);
            ReportTable published = s.tables().get(i);
            assertThat(published.columns()).isEqualTo(rawTable.columns());
            for (int r = 0; r < rawTable.rows().size(); r++) {
                for (int c = 0; c < rawTable.columns().size(); c++) {
                    Figure f = published.rows().get(r).figures().get(c);
                    long v = rawTable.value(r, c);
                    if (v > 0 && v < 5) {
                        assertThat(f.suppressed()).as(published.key() + " " + r + "/" + c).isTrue();
                    }
                    if (!f.suppressed()) {
                        assertThat(f.value()).isEqualByComparingTo(BigDecimal.valueOf(v));
                    }
                }
            }
        }
        assertThat(s.tables().get(1).rows().get(0).figures().get(2).suppressed()).isTrue();   // 1 other/unknown exit
    }

    @Test
    void aScopeHidesWhatOneOfItsTeamsHasTooFewOf() {
        ReportSection s = outcomesOf(reports.build(coordinator(), List.of(a.id(), b.id()), YEAR));
        assertThat(s.tables().get(2).rows().get(0).figures().get(3).suppressed()).isTrue();  // B: 2 of 3
        assertThat(s.tables().get(3).rows().get(0).figures().get(3).suppressed()).isTrue();  // B: 2 goal exits
        assertThat(s.tables().get(3).rows().get(0).figures().get(0).suppressed()).isTrue();  // B: 1 woman
        assertThat(s.tables().get(5).rows().get(0).figures().get(3).suppressed()).isTrue();  // B: 1 newcomer
        assertThat(s.key()).isEqualTo("outcomes");
    }

    private RawSection rawA() {
        return section.raw(new ReportRequest(association, List.of(a.id(), b.id()), YEAR, ReportSettings.DEFAULTS))
                .get(a.id());
    }

    private Actor coordinator() {
        return ParticipantFixtures.actor(fixtures.coordinator(association));
    }

    private static ReportSection outcomesOf(Report report) {
        return report.sections().stream().filter(s -> s.key().equals("outcomes")).findFirst().orElseThrow();
    }

    private static double months(double days) {
        return days / 30.4375;
    }

    private static BigDecimal expectedMean(int[] days) {
        return round(months(Arrays.stream(days).sum()) / days.length);
    }

    private static BigDecimal expectedMedian(int[] days) {
        int[] sorted = days.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
        return round(months(median));
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal value(ReportTable t, int row, int column) {
        Figure f = t.rows().get(row).figures().get(column);
        assertThat(f.suppressed()).as(t.key() + " " + t.rows().get(row).key() + " " + t.columns().get(column)).isFalse();
        return f.value();
    }

    private static void assertHidden(ReportTable t, int row, int... columns) {
        for (int c : columns) {
            Figure f = t.rows().get(row).figures().get(c);
            assertThat(f.suppressed()).as(t.key() + " " + t.rows().get(row).key() + " " + t.columns().get(c)).isTrue();
            assertThat(f.value()).isNull();
        }
    }
}
