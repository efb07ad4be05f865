package se.stegvis.participant;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.MigrationSql;
import se.stegvis.support.SqlReads;
import se.stegvis.team.TeamView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The exit's outcomes kept on the participant row (migration 280), which the report statements read instead of
 * participant_outcome: written by the exit with the outcomes, all or nothing; the migration's fill gives the same
 * value; every set of outcomes survives the column. The figures read from it are asserted by the report tests'
 * hand-built datasets (multi-outcome exits included) and, after anonymisation, by RetentionTest.
 */
@MicronautTest(transactional = false)
class ExitOutcomesTest {
    private static final String VALUE = "SELECT exit_outcomes FROM participant WHERE id = ?";

    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    ParticipantService participants;
    @Inject
    SqlReads sql;

    @Test
    void exitKeepsItsOutcomesOnTheParticipantRowInNameOrder() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        ParticipantView p = people.aParticipant().enrolledOn(LocalDate.of(2025, 1, 10)).createdIn(team, coach);
        assertThat(value(p)).as("before the exit").isNull();

        people.exit(coach, p.id(), LocalDate.of(2025, 6, 1), Outcome.WORK, Outcome.STUDIES);

        assertThat(value(p)).isEqualTo(1 + 4); // WORK, STUDIES
        assertThat(sql.count("SELECT COUNT(*) FROM participant_outcome WHERE participant_id = ?", p.id().toString()))
                .isEqualTo(2);
    }

    @Test
    void anExitRefusedForItsOutcomesKeepsNone() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        ParticipantView p = people.aParticipant().enrolledOn(LocalDate.of(2025, 1, 10)).createdIn(team, coach);

        // a dropout stands alone (PathRules)
        assertThatThrownBy(() -> people.exit(coach, p.id(), LocalDate.of(2025, 6, 1), Outcome.DROPOUT, Outcome.WORK))
                .isInstanceOf(ImpossiblePath.class);

        assertThat(value(p)).isNull();
        assertThat(sql.count("SELECT COUNT(*) FROM participant_outcome WHERE participant_id = ?", p.id().toString()))
                .isZero();
    }

    @Test
    void theMigrationsFillGivesWhatTheExitWrote() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        List<ParticipantView> exited = new ArrayList<>();
        List<Outcome[]> sets = List.of(new Outcome[]{Outcome.WORK}, new Outcome[]{Outcome.WORK_SUBSIDISED,
                Outcome.STUDIES, Outcome.JOB_SEEKING}, new Outcome[]{Outcome.DROPOUT});
        for (Outcome[] set : sets) {
            ParticipantView p = people.aParticipant().enrolledOn(LocalDate.of(2025, 1, 10)).createdIn(team, coach);
            people.exit(coach, p.id(), LocalDate.of(2025, 6, 1), set);
            exited.add(p);
        }
        List<Integer> written = exited.stream().map(this::value).toList();
        sql.execute("UPDATE participant SET exit_outcomes = NULL WHERE team_id = ?", team.id().toString());

        sql.execute(fillStatement());

        assertThat(exited.stream().map(this::value).toList()).isEqualTo(written).containsExactly(1, 2 + 4 + 8, 256);
    }

    @Test
    void everySetOfOutcomesHasItsOwnNumberAndReadsBackAsItself() {
        Outcome[] all = Outcome.values();
        Set<Integer> numbers = new HashSet<>();
        for (int subset = 0; subset < 1 << all.length; subset++) {
            Set<Outcome> set = EnumSet.noneOf(Outcome.class);
            for (int i = 0; i < all.length; i++) {
                if ((subset & 1 << i) != 0) {
                    set.add(all[i]);
                }
            }
            Integer encoded = ExitOutcomes.encode(set);
            assertThat(ExitOutcomes.decode(encoded)).as(set.toString()).isEqualTo(set);
            assertThat(numbers.add(encoded == null ? 0 : encoded)).as("number of %s taken", set).isTrue();
        }
        assertThat(ExitOutcomes.encode(List.of())).isNull();
        assertThat(ExitOutcomes.decode(null)).isEmpty();
        assertThatThrownBy(() -> ExitOutcomes.decode(1 << all.length)).isInstanceOf(IllegalStateException.class);
    }

    private Integer value(ParticipantView p) {
        return sql.query(VALUE, rs -> rs.next() ? rs.getObject(1, Integer.class) : null, p.id().toString());
    }

    /** Migration 280's fill, which runs on MariaDB and H2 alike. */
    static String fillStatement() {
        return MigrationSql.of("280-participant-exit-outcomes.xml", "280-participant-exit-outcomes-fill");
    }
}
