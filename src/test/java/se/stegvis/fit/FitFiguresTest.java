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
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** FitFigures against the database: the team's own sessions only, values computed by hand. */
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

        List<FitFigures.Row> rows = figures.forTeam(team.id(), today.minusDays(60), today);
        FitFigures.Row all = rows.get(0);
        assertThat(all.gender()).isNull();
        assertThat(all.participantsWithTwoOrs()).isEqualTo(2);
        assertThat(all.meanChange()).isEqualTo(0.5);               // (7 − 6) / 2
        assertThat(all.shareReliablyImproved()).isEqualTo(0.5);
        assertThat(all.shareReliablyWorse()).isEqualTo(0.5);
        assertThat(all.shareAboveCutoffAtLatest()).isEqualTo(0.0);
        assertThat(all.meanSrs()).isEqualTo(36.0);                 // (38 + 38 + 34 + 34 + 36) / 5
        assertThat(all.srsRatings()).isEqualTo(5);
        assertThat(all.srsParticipants()).isEqualTo(3);
        FitFigures.Row women = rows.stream().filter(r -> "WOMAN".equals(r.gender()) && r.ageBand() == null)
                .findFirst().orElseThrow();
        assertThat(women.participantsWithTwoOrs()).isEqualTo(1);
        assertThat(women.meanSrs()).isEqualTo(37.3);               // (38 + 38 + 36) / 3
        assertThat(women.srsParticipants()).isEqualTo(2);
        assertThat(rows).filteredOn(r -> r.gender() == null && Objects.equals(r.ageBand(), "35-44"))
                .singleElement().satisfies(r -> assertThat(r.meanChange()).isEqualTo(-6.0));
    }
}
