package se.stegvis.participant;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.FlowFigures.Flow;
import se.stegvis.participant.FlowFigures.FlowCount;
import se.stegvis.participant.FlowFigures.QueueCount;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.StatementCounter;
import se.stegvis.team.TeamView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.stegvis.participant.Gender.MAN;
import static se.stegvis.participant.Gender.OTHER_UNKNOWN;
import static se.stegvis.participant.Gender.WOMAN;

/**
 * The edge days of the flow and queue statements, for the period 2025-01-01..2025-12-31: the first and
 * last day belong to the period, the days either side do not; an exit on the last day leaves the end.
 */
@MicronautTest(transactional = false)
class FlowFiguresTest {
    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    FlowFigures figures;
    @Inject
    StatementCounter counter;

    private static Flow flow(int start, int added, int exits, int end) {
        return new Flow(start, added, exits, end, 0, 0, 0, 0);
    }

    private Map<Gender, Flow> flowOf(TeamView team) {
        return figures.flow(List.of(team.id()), FROM, TO).stream()
                .collect(Collectors.toMap(FlowCount::gender, FlowCount::flow));
    }

    @Test
    void enrolmentOnTheFirstOrLastDayIsNewAndTheDayBeforeTheFirstIsActiveAtStart() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        people.aParticipant().gender(WOMAN).enrolledOn(FROM.minusDays(1)).createdIn(team, coach);
        people.aParticipant().gender(WOMAN).enrolledOn(TO.plusDays(1)).createdIn(team, coach);
        people.aParticipant().gender(MAN).enrolledOn(FROM).createdIn(team, coach);
        people.aParticipant().gender(OTHER_UNKNOWN).enrolledOn(TO).createdIn(team, coach);

        assertThat(flowOf(team)).isEqualTo(Map.of(WOMAN, flow(1, 0, 0, 1), MAN, flow(0, 1, 0, 1),
                OTHER_UNKNOWN, flow(0, 1, 0, 1)));
    }

    @Test
    void exitOnTheFirstDayIsAnExitOfSomeoneActiveAtStartAndAnExitOnTheLastDayIsNotActiveAtEnd() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        people.aParticipant().gender(WOMAN).enrolledOn(LocalDate.of(2024, 6, 1))
                .exitedOn(FROM, IncomeSource.SALARY, Outcome.WORK).createdIn(team, coach);
        people.aParticipant().gender(MAN).enrolledOn(LocalDate.of(2025, 6, 1))
                .exitedOn(TO, null, Outcome.DROPOUT).createdIn(team, coach);
        people.aParticipant().gender(OTHER_UNKNOWN).enrolledOn(LocalDate.of(2024, 6, 1))
                .exitedOn(FROM.minusDays(1), IncomeSource.SALARY, Outcome.WORK).createdIn(team, coach);
        people.aParticipant().gender(OTHER_UNKNOWN).enrolledOn(LocalDate.of(2025, 6, 1))
                .exitedOn(TO.plusDays(1), IncomeSource.SALARY, Outcome.WORK).createdIn(team, coach);

        assertThat(flowOf(team)).isEqualTo(Map.of(WOMAN, flow(1, 0, 1, 0), MAN, flow(0, 1, 1, 0),
                OTHER_UNKNOWN, flow(0, 1, 0, 1)));
        assertThat(figures.exitOutcomes(List.of(team.id()), FROM, TO)).containsExactlyInAnyOrder(
                new FlowFigures.OutcomeCount(team.id(), WOMAN, Outcome.WORK, 1),
                new FlowFigures.OutcomeCount(team.id(), MAN, Outcome.DROPOUT, 1));
        assertThat(figures.incomeChanges(List.of(team.id()), FROM, TO)).containsExactlyInAnyOrder(
                new FlowFigures.IncomeChange(team.id(), IncomeSource.FORSORJNINGSSTOD, IncomeSource.SALARY, 1),
                new FlowFigures.IncomeChange(team.id(), IncomeSource.FORSORJNINGSSTOD, null, 1));
    }

    @Test
    void someoneQueuedOnTheLastDayWaitsAndAnEnrolmentOrExitOnTheLastDayEndsTheWait() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        LocalDate june = LocalDate.of(2025, 6, 1);
        people.aParticipant().gender(WOMAN).queuedOn(TO).createdIn(team, coach);
        people.aParticipant().gender(WOMAN).queuedOn(TO.plusDays(1)).createdIn(team, coach);
        people.aParticipant().gender(MAN).queuedOn(june).enrolledOn(TO).createdIn(team, coach);
        people.aParticipant().gender(MAN).queuedOn(june).enrolledOn(TO.plusDays(1)).createdIn(team, coach);
        people.aParticipant().gender(OTHER_UNKNOWN).queuedOn(june).exitedOn(TO, null, Outcome.DROPOUT)
                .createdIn(team, coach);
        people.aParticipant().gender(OTHER_UNKNOWN).queuedOn(june).exitedOn(TO.plusDays(1), null, Outcome.DROPOUT)
                .createdIn(team, coach);

        assertThat(figures.waiting(List.of(team.id()), TO)).containsExactlyInAnyOrder(
                new QueueCount(team.id(), WOMAN, TO, 1), new QueueCount(team.id(), MAN, june, 1),
                new QueueCount(team.id(), OTHER_UNKNOWN, june, 1));
        assertThat(flowOf(team).get(OTHER_UNKNOWN)).as("a dropout from the queue is not an exit of the flow")
                .isEqualTo(new Flow(0, 0, 0, 0, 0, 0, 0, 1));
    }

    @Test
    void newParticipantsOnTheEdgeDaysAreInTheInflowByReferrerAndIncome() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        people.aParticipant().gender(WOMAN).referredBy(Referrer.SCHOOL).incomeBefore(IncomeSource.NONE)
                .enrolledOn(FROM).createdIn(team, coach);
        people.aParticipant().gender(WOMAN).referredBy(Referrer.SCHOOL).incomeBefore(IncomeSource.NONE)
                .enrolledOn(TO).createdIn(team, coach);
        people.aParticipant().gender(WOMAN).referredBy(Referrer.SCHOOL).incomeBefore(IncomeSource.NONE)
                .enrolledOn(FROM.minusDays(1)).createdIn(team, coach);
        people.aParticipant().gender(WOMAN).referredBy(Referrer.SCHOOL).incomeBefore(IncomeSource.NONE)
                .enrolledOn(TO.plusDays(1)).createdIn(team, coach);

        assertThat(figures.inflow(List.of(team.id()), FROM, TO)).containsExactly(
                new FlowFigures.InflowCount(team.id(), WOMAN, Referrer.SCHOOL, IncomeSource.NONE, 2));
    }

    @Test
    void everyFigureIsOneStatementForAllTeamsAndNoTeamSeesAnothersRows() {
        List<UUID> teams = new ArrayList<>();
        UUID association = fixtures.association();
        for (int i = 0; i < 3; i++) {
            TeamView team = fixtures.team(association);
            teams.add(team.id());
            StaffLogin coach = fixtures.coach(team);
            for (int j = 0; j <= i; j++) {
                people.aParticipant().gender(MAN).enrolledOn(FROM.plusDays(j)).createdIn(team, coach);
            }
        }

        StatementCounter.Counted<List<FlowCount>> counted = counter.countResult(() -> figures.flow(teams, FROM, TO));

        assertThat(counted.counts().statements()).as(counted.counts().toString()).isEqualTo(1);
        assertThat(counted.value()).extracting(c -> c.teamId(), c -> c.flow().newParticipants())
                .containsExactlyInAnyOrder(tuple(teams.get(0), 1L),
                        tuple(teams.get(1), 2L),
                        tuple(teams.get(2), 3L));
        assertThat(counter.count(() -> figures.waiting(teams, TO)).statements()).isEqualTo(1);
        assertThat(counter.count(() -> figures.inflow(teams, FROM, TO)).statements()).isEqualTo(1);
    }
}
