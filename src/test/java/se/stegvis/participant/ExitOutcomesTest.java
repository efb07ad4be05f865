package se.stegvis.participant;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.SqlReads;
import se.stegvis.team.TeamView;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
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

        assertThat(value(p)).isEqualTo("STUDIES,WORK");
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
    void theMigrationsFillGivesWhatTheExitWrote() throws Exception {
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
        List<String> written = exited.stream().map(this::value).toList();
        sql.execute("UPDATE participant SET exit_outcomes = NULL WHERE team_id = ?", team.id().toString());

        sql.execute(fillStatement("280-participant-exit-outcomes-fill"));

        assertThat(exited.stream().map(this::value).toList()).isEqualTo(written)
                .containsExactly("WORK", "JOB_SEEKING,STUDIES,WORK_SUBSIDISED", "DROPOUT");
    }

    @Test
    void everySetOfOutcomesFitsTheColumnAndReadsBackAsItself() {
        Outcome[] all = Outcome.values();
        for (int bits = 0; bits < 1 << all.length; bits++) {
            Set<Outcome> set = EnumSet.noneOf(Outcome.class);
            for (int i = 0; i < all.length; i++) {
                if ((bits & 1 << i) != 0) {
                    set.add(all[i]);
                }
            }
            String encoded = ExitOutcomes.encode(set);
            assertThat(encoded == null ? 0 : encoded.length()).as(set.toString()).isLessThanOrEqualTo(160);
            assertThat(ExitOutcomes.decode(encoded)).isEqualTo(set);
            assertThat(new ExitOutcomes.Reader().outcomes(encoded)).isEqualTo(set);
        }
        assertThat(ExitOutcomes.encode(List.of(Outcome.WORK, Outcome.STUDIES, Outcome.WORK))).isEqualTo("STUDIES,WORK");
    }

    private String value(ParticipantView p) {
        return sql.query(VALUE, rs -> rs.next() ? rs.getString(1) : null, p.id().toString());
    }

    /** The SQL of one changeset of migration 280, as Liquibase runs it on this database. */
    static String fillStatement(String changeSet) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(Path.of("migrations/changes/280-participant-exit-outcomes.xml")
                .toFile());
        NodeList sets = doc.getElementsByTagNameNS("*", "changeSet");
        for (int i = 0; i < sets.getLength(); i++) {
            Element set = (Element) sets.item(i);
            if (set.getAttribute("id").equals(changeSet)) {
                return set.getElementsByTagNameNS("*", "sql").item(0).getTextContent().trim();
            }
        }
        throw new IllegalArgumentException(changeSet);
    }
}
