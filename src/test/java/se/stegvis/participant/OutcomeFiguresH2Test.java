package se.stegvis.participant;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.stegvis.support.EmbeddedH2;
import se.stegvis.support.Fixtures;
import se.stegvis.support.SqlReads;
import se.stegvis.team.TeamView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The outcome statements run on the embedded H2 (MySQL mode) as on MariaDB (OutcomesSectionTest): YEAR(), the
 * grouping by the kept outcome set, the streamed read; the outcome sets are those migration 280's fill gives.
 */
class OutcomeFiguresH2Test {
    static ApplicationContext context;

    @BeforeAll
    static void startOnH2() {
        context = EmbeddedH2.start("outcomes");
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void exitsGoalExitsAndNewcomersAreGroupedOnH2() {
        EmbeddedH2.CoachedTeam world = EmbeddedH2.coachedTeam(context, "Köping");
        TeamView team = world.team();
        Fixtures.StaffLogin login = world.coach();
        ParticipantFixtures people = context.getBean(ParticipantFixtures.class);
        people.aParticipant().woman().born(1990).yearsInSupport(4).enrolledOn(LocalDate.parse("2025-01-01"))
                .exitedOn(LocalDate.parse("2025-07-01"), IncomeSource.SALARY, Outcome.WORK, Outcome.STUDIES)
                .createdIn(team, login);
        people.aParticipant().man().born(1980).yearsInSupport(null).enrolledOn(LocalDate.parse("2024-06-01"))
                .exitedOn(LocalDate.parse("2025-02-01"), IncomeSource.SALARY, Outcome.STUDIES).createdIn(team, login);
        SqlReads sql = context.getBean(SqlReads.class);
        sql.execute("UPDATE participant SET exit_outcomes = NULL");
        sql.execute(ExitOutcomesTest.fillStatement());
        OutcomeFigures figures = context.getBean(OutcomeFigures.class);
        LocalDate from = LocalDate.parse("2025-01-01");
        LocalDate to = LocalDate.parse("2025-12-31");

        List<OutcomeFigures.ExitGroup> exits = new ArrayList<>();
        figures.exits(List.of(team.id()), from, to, exits::add);
        assertThat(exits).extracting(OutcomeFigures.ExitGroup::gender, OutcomeFigures.ExitGroup::ageAtExit,
                OutcomeFigures.ExitGroup::outcome, OutcomeFigures.ExitGroup::persons).containsExactlyInAnyOrder(
                tuple(Gender.WOMAN, 35, null, 1L), tuple(Gender.WOMAN, 35, Outcome.WORK, 1L),
                tuple(Gender.WOMAN, 35, Outcome.STUDIES, 1L), tuple(Gender.MAN, 45, null, 1L),
                tuple(Gender.MAN, 45, Outcome.STUDIES, 1L));

        List<OutcomeFigures.GoalExitGroup> goals = new ArrayList<>();
        figures.goalExits(Map.of(team.id(), team.goalOutcomes()), from, to, goals::add);
        assertThat(goals).singleElement().satisfies(g -> {
            assertThat(g.gender()).isEqualTo(Gender.WOMAN);
            assertThat(g.months()).isEqualTo(181 / OutcomeFigures.DAYS_PER_MONTH);
        });

        List<OutcomeFigures.NewcomerGroup> newcomers = new ArrayList<>();
        figures.newcomers(List.of(team.id()), from, to, newcomers::add);
        assertThat(newcomers).singleElement().isEqualTo(
                new OutcomeFigures.NewcomerGroup(team.id(), Gender.WOMAN, 35, 4, 1));
    }
}
