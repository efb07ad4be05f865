package se.stegvis.report;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.stegvis.fit.FitTestData;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.stegvis.report.SectionWorld.cell;
import static se.stegvis.report.SectionWorld.count;
import static se.stegvis.report.SectionWorld.sample;
import static se.stegvis.report.SectionWorld.section;
import static se.stegvis.report.SectionWorld.share;
import static se.stegvis.report.SectionWorld.shown;
import static se.stegvis.report.SectionWorld.table;

/**
 * The ORS/SRS section. Team A (all 30 years old, adult cutoff 25, reliable change 5): women 1–3 ORS
 * 14 → 31 (+17, improved, above), women 4–5 20 → 21 (+1, below), SRS 38 at both sessions; men 1–5
 * 10 → 20 (+10, improved, below), SRS 34. Team B: five women 20 → 26 (+6, improved, above), SRS 30.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FitSectionTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    FitTestData data;
    @Inject
    SectionWorld world;
    @Inject
    FitSection source;

    TeamView a;
    TeamView b;
    StaffLogin coordinator;

    @BeforeAll
    void sessionsRated() {
        UUID association = fixtures.association();
        a = fixtures.team(association);
        b = fixtures.team(association);
        for (int i = 0; i < 5; i++) {
            rated(a, true, i < 3 ? new double[]{14, 31} : new double[]{20, 21}, 38.0);
            rated(a, false, new double[]{10, 20}, 34.0);
            rated(b, true, new double[]{20, 26}, 30.0);
        }
        coordinator = fixtures.coordinator(association);
    }

    private void rated(TeamView team, boolean woman, double[] ors, double srs) {
        StaffLogin coach = fixtures.coach(team);
        ParticipantFixtures.Builder p = people.aParticipant().born(people.today().getYear() - 30).enrolledDaysAgo(100);
        ParticipantView person = (woman ? p.woman() : p.man()).createdIn(team, coach);
        LocalDate today = people.today();
        data.history(team, coach, person, today.minusDays(1), ors, srs);
    }

    @Test
    void rawFiguresAreCountsAndSumsThatAddUpAcrossTeams() {
        Map<UUID, RawSection> raw = source.raw(new ReportRequest(a.associationId(), List.of(a.id(), b.id()),
                world.period(), ReportSettings.DEFAULTS));
        RawSection s = raw.get(a.id());

        CountTable counted = table(s, "fit.participants", CountTable.class);
        assertThat(List.of(count(counted, "fit.withTwoOrs", "WOMAN"), count(counted, "fit.withTwoOrs", "MAN"),
                count(counted, "fit.withTwoOrs", "OTHER_UNKNOWN"), count(counted, "fit.withTwoOrs", "TOTAL")))
                .containsExactly(5L, 5L, 0L, 10L);
        ShareTable shares = table(s, "fit.shares", ShareTable.class);
        assertThat(List.of(share(shares, "fit.reliablyImproved", "WOMAN"), share(shares, "fit.reliablyImproved", "MAN"),
                share(shares, "fit.reliablyImproved", "OTHER_UNKNOWN"), share(shares, "fit.reliablyImproved", "TOTAL")))
                .containsExactly("3/5", "5/5", "0/0", "8/10");
        assertThat(List.of(share(shares, "fit.aboveCutoffAtLatest", "WOMAN"), share(shares, "fit.aboveCutoffAtLatest", "MAN"),
                share(shares, "fit.aboveCutoffAtLatest", "TOTAL"))).containsExactly("3/5", "0/5", "3/10");
        SampleTable means = table(s, "fit.means", SampleTable.class);
        assertThat(sample(means, "fit.meanChange", "WOMAN").n()).isEqualTo(5);
        assertThat(sample(means, "fit.meanChange", "WOMAN").sum()).isCloseTo(53.0, within(1e-9));   // 3 × 17 + 2 × 1
        assertThat(sample(means, "fit.meanChange", "MAN").sum()).isCloseTo(50.0, within(1e-9));
        assertThat(sample(means, "fit.meanChange", "TOTAL").sum()).isCloseTo(103.0, within(1e-9));
        assertThat(sample(means, "fit.meanChange", "OTHER_UNKNOWN").n()).isZero();
        assertThat(sample(means, "fit.meanSrs", "WOMAN").n()).as("persons, not their ten ratings").isEqualTo(5);
        assertThat(sample(means, "fit.meanSrs", "WOMAN").sum()).isCloseTo(190.0, within(1e-9));
        assertThat(sample(means, "fit.meanSrs", "TOTAL").n()).isEqualTo(10);
        assertThat(sample(means, "fit.meanSrs", "TOTAL").sum()).isCloseTo(360.0, within(1e-9));

        CountTable other = table(raw.get(b.id()), "fit.participants", CountTable.class);
        assertThat(other.rows()).isEqualTo(counted.rows());
        assertThat(other.columns()).isEqualTo(counted.columns());
        assertThat(count(other, "fit.withTwoOrs", "WOMAN")).isEqualTo(5);
    }

    @Test
    void theCoordinatorSeesOneTeamsFiguresWithSmallSharesHidden() {
        ReportSection s = section(world.report(coordinator, a.id()), "fit");

        assertThat(shown(cell(s, "fit.participants", "fit.withTwoOrs", "TOTAL"))).isEqualTo("10");
        assertThat(shown(cell(s, "fit.participants", "fit.withTwoOrs", "WOMAN"))).isEqualTo("5");
        assertThat(shown(cell(s, "fit.shares", "fit.reliablyImproved", "WOMAN"))).as("3 of 5").isEqualTo("hidden");
        assertThat(shown(cell(s, "fit.shares", "fit.reliablyImproved", "MAN"))).isEqualTo("1.000");
        assertThat(shown(cell(s, "fit.shares", "fit.reliablyImproved", "TOTAL"))).as("2 not improved").isEqualTo("hidden");
        assertThat(shown(cell(s, "fit.shares", "fit.aboveCutoffAtLatest", "MAN"))).isEqualTo("0.000");
        assertThat(shown(cell(s, "fit.shares", "fit.aboveCutoffAtLatest", "OTHER_UNKNOWN"))).isEqualTo("none");
        assertThat(shown(cell(s, "fit.means", "fit.meanChange", "WOMAN"))).isEqualTo("10.60");
        assertThat(shown(cell(s, "fit.means", "fit.meanChange", "TOTAL"))).isEqualTo("10.30");
        assertThat(shown(cell(s, "fit.means", "fit.meanSrs", "MAN"))).isEqualTo("34.00");
        assertThat(shown(cell(s, "fit.means", "fit.meanSrs", "TOTAL"))).isEqualTo("36.00");
    }

    @Test
    void twoTeamsAddUpPersonByPersonNotAsAMeanOfMeans() {
        ReportSection s = section(world.report(coordinator, a.id(), b.id()), "fit");

        assertThat(shown(cell(s, "fit.participants", "fit.withTwoOrs", "WOMAN"))).isEqualTo("10");
        assertThat(shown(cell(s, "fit.participants", "fit.withTwoOrs", "TOTAL"))).isEqualTo("15");
        assertThat(shown(cell(s, "fit.means", "fit.meanChange", "WOMAN"))).isEqualTo("8.30");     // (53 + 30) / 10
        assertThat(shown(cell(s, "fit.means", "fit.meanChange", "TOTAL"))).isEqualTo("8.87");     // (103 + 30) / 15
        assertThat(shown(cell(s, "fit.means", "fit.meanSrs", "WOMAN"))).isEqualTo("34.00");       // (5 × 38 + 5 × 30) / 10
        assertThat(shown(cell(s, "fit.shares", "fit.reliablyImproved", "WOMAN"))).as("3 of 5 in team A")
                .isEqualTo("hidden");
        assertThat(shown(cell(s, "fit.shares", "fit.aboveCutoffAtLatest", "MAN"))).isEqualTo("0.000");
    }

    @Test
    void aMeanSrsOfFewPersonsIsHiddenHoweverManyRatingsTheyGave() {
        TeamView small = fixtures.team(a.associationId());
        for (int i = 0; i < 2; i++) {
            rated(small, true, new double[]{20, 20, 20, 20, 20, 20}, 36.0);
        }
        RawSection raw = source.raw(new ReportRequest(a.associationId(), List.of(small.id()), world.period(),
                ReportSettings.DEFAULTS)).get(small.id());
        assertThat(sample(table(raw, "fit.means", SampleTable.class), "fit.meanSrs", "WOMAN").n()).isEqualTo(2);

        ReportSection s = section(world.report(coordinator, small.id()), "fit");
        assertThat(shown(cell(s, "fit.means", "fit.meanSrs", "WOMAN"))).as("12 ratings of 2 persons").isEqualTo("hidden");
        assertThat(shown(cell(s, "fit.means", "fit.meanSrs", "TOTAL"))).isEqualTo("hidden");
    }
}
