package se.stegvis.fit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.Actor;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.StatementCounter;
import se.stegvis.support.StatementCounter.Counted;
import se.stegvis.team.TeamView;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measure: the trend of a participant with 200 sessions uses at most three of FIT's own
 * statements and as many statements in all as a participant with one session; the alert list of a
 * coach with 60 participants as many as that of a coach with 3. Counted per thread by
 * {@link StatementCounter} (what the driver sends); the figures are printed for the notes.
 */
@MicronautTest(transactional = false)
class FitStatementCountTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    FitTestData data;
    @Inject
    TrendService trends;
    @Inject
    TrajectoryService trajectories;
    @Inject
    AlertService alerts;
    @Inject
    StatementCounter counter;

    @Test
    void trendOf200SessionsUsesAtMostThreeFitStatementsAndNoMoreThanOneSession() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        Actor actor = ParticipantFixtures.actor(coach);
        LocalDate today = people.today();
        ParticipantView many = people.aParticipant().enrolledDaysAgo(2000).createdIn(team, coach);
        double[] ors = new double[200];
        for (int i = 0; i < ors.length; i++) {
            ors[i] = 15 + (i % 20);
        }
        data.history(team, coach, many, today.minusDays(1), ors, 37.5);
        ParticipantView one = people.aParticipant().enrolledDaysAgo(30).createdIn(team, coach);
        data.history(team, coach, one, today.minusDays(1), new double[]{18}, 38.0);
        // twelve others with a similar intake give an expected band for sessions 1–3
        for (int i = 0; i < 12; i++) {
            ParticipantView ref = people.aParticipant().enrolledDaysAgo(100).createdIn(team, coach);
            data.history(team, coach, ref, today.minusDays(30), new double[]{15 + i * 0.3, 17 + i, 19 + i}, null);
        }
        trends.of(actor, one.id()); // warms the instrument versions (cached for the life of the process)
        trajectories.forget();

        Counted<TrendService.Trend> cold = counter.countResult(() -> trends.of(actor, many.id()));
        Counted<TrendService.Trend> warm = counter.countResult(() -> trends.of(actor, many.id()));
        Counted<TrendService.Trend> single = counter.countResult(() -> trends.of(actor, one.id()));
        System.out.printf("FIT trend statements: 200 sessions cold %d (fit %d), warm %d (fit %d); 1 session %d (fit %d)%n",
                cold.counts().statements(), cold.counts().touching("fit_"), warm.counts().statements(),
                warm.counts().touching("fit_"), single.counts().statements(), single.counts().touching("fit_"));

        assertThat(cold.value().sessions()).hasSize(200);
        assertThat(cold.counts().touching("fit_")).as(cold.counts().toString()).isLessThanOrEqualTo(3);
        assertThat(warm.counts().touching("fit_")).as(warm.counts().toString()).isLessThanOrEqualTo(2);
        assertThat(warm.counts().shapes()).as(warm.counts().toString()).isEqualTo(single.counts().shapes());
        assertThat(cold.value().sessions().get(1).expected()).isNotNull()
                .satisfies(e -> assertThat(e.participants()).isEqualTo(13));
        assertThat(cold.value().sessions().get(5).expected()).isNull();
        assertThat(cold.value().expectedShown()).isTrue();
    }

    @Test
    void alertListOf60ParticipantsUsesAsManyStatementsAsOfThree() {
        StatementCounter.Counts big = measureAlertList(60);
        StatementCounter.Counts small = measureAlertList(3);
        System.out.printf("FIT alert list statements: 60 participants %d, 3 participants %d%n", big.statements(),
                small.statements());
        assertThat(small.statements()).as(small.toString()).isPositive();
        assertThat(big.statements()).as(big.toString()).isEqualTo(small.statements());
    }

    @Test
    void firstReadStoringMissingRatingAlertsAlsoUsesAConstantNumberOfStatements() {
        StatementCounter.Counts big = measureFirstReadWithMissingRatings(60);
        StatementCounter.Counts small = measureFirstReadWithMissingRatings(3);
        System.out.printf("FIT alert list first read storing missing-rating alerts: 60 participants %d, 3 participants %d%n",
                big.statements(), small.statements());
        assertThat(big.statements()).as(big.toString()).isEqualTo(small.statements());
    }

    private StatementCounter.Counts measureFirstReadWithMissingRatings(int participants) {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        Actor actor = ParticipantFixtures.actor(coach);
        for (int i = 0; i < participants; i++) {
            ParticipantView p = people.aParticipant().enrolledDaysAgo(100).createdIn(team, coach);
            data.history(team, coach, p, people.today().minusDays(2), new double[]{20}, null);
        }
        Counted<List<AlertService.OpenAlert>> counted = counter.countResult(() -> alerts.own(actor));
        assertThat(counted.value()).hasSize(participants)
                .extracting(AlertService.OpenAlert::kind).containsOnly(AlertKind.MISSING_RATINGS);
        return counted.counts();
    }

    private StatementCounter.Counts measureAlertList(int participants) {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        Actor actor = ParticipantFixtures.actor(coach);
        LocalDate today = people.today();
        for (int i = 0; i < participants; i++) {
            ParticipantView p = people.aParticipant().enrolledDaysAgo(100).createdIn(team, coach);
            data.history(team, coach, p, today.minusDays(2), new double[]{20, 22, 14}, 33.0);
            alerts.refresh(p.id(), team.id());
        }
        alerts.own(actor); // the first read may store "missing ratings" alerts; count a steady read
        Counted<List<AlertService.OpenAlert>> counted = counter.countResult(() -> alerts.own(actor));
        assertThat(counted.value()).hasSize(participants * 4)
                .extracting(AlertService.OpenAlert::kind).containsOnly(AlertKind.LOW_SRS, AlertKind.ORS_DETERIORATION);
        return counted.counts();
    }
}
