package se.stegvis.fit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
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

/** FitFigures against the database: the team's own participants only, counts and sums computed by hand. */
@MicronautTest(transactional = false)
class FitFiguresTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    FitTestData data;
    @Inject
    FitFigures figures;

    @Test
    void teamFiguresCountOnlyTheTeamsParticipantsWithTwoRatings() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        LocalDate today = people.today();
        int year = today.getYear();
        // woman, 30 this year: 14 → 21 (+7, improved, 21 < 25 so below at latest); SRS 38 twice
        ParticipantView a = people.aParticipant().woman().born(year - 30).enrolledDaysAgo(100).createdIn(team, coach);
        data.history(team, coach, a, today.minusDays(1), new double[]{14, 21}, 38.0);
        // man, 40: 30 → 24 (−6, worse, below); SRS 34 twice
        ParticipantView b = people.aParticipant().man().born(year - 40).enrolledDaysAgo(100).createdIn(team, coach);
        data.history(team, coach, b, today.minusDays(1), new double[]{30, 24}, 34.0);
        // woman, 30: one ORS only (not counted), SRS 36 counts
        ParticipantView c = people.aParticipant().woman().born(year - 30).enrolledDaysAgo(100).createdIn(team, coach);
        data.history(team, coach, c, today.minusDays(1), new double[]{20}, 36.0);
        // another team's participant is never counted
        TeamView other = fixtures.team(team.associationId());
        StaffLogin otherCoach = fixtures.coach(other);
        ParticipantView d = people.aParticipant().enrolledDaysAgo(100).createdIn(other, otherCoach);
        data.history(other, otherCoach, d, today.minusDays(1), new double[]{5, 35}, 40.0);

        List<FitFigures.Sums> rows = figures.forTeams(List.of(team.id()), today.minusDays(60), today).get(team.id());
        FitFigures.Sums women = gender(rows, "WOMAN");
        assertThat(women.withTwoOrs()).isEqualTo(1);
        assertThat(women.changeSum()).isEqualByComparingTo("7.0");
        assertThat(List.of(women.reliablyImproved(), women.reliablyWorse(), women.aboveCutoffAtLatest()))
                .containsExactly(1L, 0L, 0L);
        assertThat(women.srsSum()).isEqualByComparingTo("112.0");     // 38 + 38 + 36
        assertThat(women.srsRatings()).isEqualTo(3);
        assertThat(women.srsParticipants()).isEqualTo(2);
        FitFigures.Sums men = gender(rows, "MAN");
        assertThat(men.withTwoOrs()).isEqualTo(1);
        assertThat(men.changeSum()).isEqualByComparingTo("-6.0");
        assertThat(List.of(men.reliablyImproved(), men.reliablyWorse(), men.aboveCutoffAtLatest()))
                .containsExactly(0L, 1L, 0L);
        assertThat(men.srsSum()).isEqualByComparingTo("68.0");
        assertThat(men.srsParticipants()).isEqualTo(1);
        assertThat(rows).extracting(FitFigures.Sums::gender).containsExactlyInAnyOrder("WOMAN", "MAN");

        Map<UUID, List<FitFigures.Sums>> both = figures.forTeams(List.of(team.id(), other.id()), today.minusDays(60), today);
        assertThat(both.get(team.id())).containsExactlyInAnyOrderElementsOf(rows);
        assertThat(both.get(other.id())).singleElement().satisfies(r -> {
            assertThat(r.withTwoOrs()).isEqualTo(1);
            assertThat(r.changeSum()).isEqualByComparingTo("30.0");
        });
    }

    @Test
    void aTeamWithoutRatingsHasNoRows() {
        TeamView team = fixtures.team(fixtures.association());
        LocalDate today = people.today();
        assertThat(figures.forTeams(List.of(team.id()), today.minusDays(60), today)).containsOnlyKeys(team.id())
                .allSatisfy((id, rows) -> assertThat(rows).isEmpty());
    }

    private static FitFigures.Sums gender(List<FitFigures.Sums> rows, String gender) {
        return rows.stream().filter(r -> r.gender().equals(gender)).findFirst().orElseThrow();
    }
}
