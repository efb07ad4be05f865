package se.stegvis.report;

import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.stegvis.participant.Outcome;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.response.IndicatorFigures;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.StatementCounter;
import se.stegvis.team.TeamView;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stegvis.report.SectionWorld.cell;
import static se.stegvis.report.SectionWorld.count;
import static se.stegvis.report.SectionWorld.section;
import static se.stegvis.report.SectionWorld.share;
import static se.stegvis.report.SectionWorld.shown;
import static se.stegvis.report.SectionWorld.table;

/**
 * The indicator section from anonymous answers handed in over HTTP by participants: a team of ten
 * women and five men at start (five of the women also at exit), and a team with one answer only.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorSectionTest {
    private static final List<String> START_ITEMS = List.of("influence", "respect", "time", "usefulness", "readiness");
    private static final List<String> EXIT_ITEMS = List.of("influence", "respect", "time", "usefulness", "readiness",
            "coordination");
    private static final String SECRET = "Hemlig text om mig och min chef";

    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    SectionWorld world;
    @Inject
    IndicatorSection source;
    @Inject
    JsonMapper json;
    @Inject
    StatementCounter counter;

    World w;

    record World(TeamView team, TeamView lonely, StaffLogin coordinator) {
    }

    @BeforeAll
    void answersGiven() {
        w = world();
    }

    /**
     * Team: women 0–4 rate every statement 4 or 5 (agree), women 5–9 rate 1–3, the men rate 4; all
     * rate "respect" 5. Women 0–4 then leave and rate every exit statement 4 but "coordination" 2.
     * Lonely team: one woman, all 5.
     */
    private World world() {
        UUID association = fixtures.association();
        TeamView team = fixtures.team(association);
        TeamView lonely = fixtures.team(association);
        StaffLogin coach = fixtures.coach(team);
        int[] women = {5, 4, 5, 4, 4, 1, 2, 3, 3, 2};
        for (int i = 0; i < women.length; i++) {
            ParticipantView p = people.aParticipant().woman().born(1980 + i).enrolledDaysAgo(30).createdIn(team, coach);
            Map<String, Object> start = ratings(START_ITEMS, women[i]);
            if (i == 0) {
                start.put("more", SECRET);
            }
            world.answer(p, association, IndicatorFigures.START, start);
            if (i < 5) {
                people.exit(coach, p.id(), people.today(), Outcome.WORK);
                Map<String, Object> exit = ratings(EXIT_ITEMS, 4);
                exit.put("coordination", 2);
                world.answer(p, association, IndicatorFigures.EXIT, exit);
            }
        }
        for (int i = 0; i < 5; i++) {
            ParticipantView p = people.aParticipant().man().born(1990).enrolledDaysAgo(30).createdIn(team, coach);
            world.answer(p, association, IndicatorFigures.START, ratings(START_ITEMS, 4));
        }
        StaffLogin lonelyCoach = fixtures.coach(lonely);
        ParticipantView alone = people.aParticipant().woman().enrolledDaysAgo(30).createdIn(lonely, lonelyCoach);
        world.answer(alone, association, IndicatorFigures.START, ratings(START_ITEMS, 5));
        return new World(team, lonely, fixtures.coordinator(association));
    }

    private static Map<String, Object> ratings(List<String> items, int rating) {
        Map<String, Object> a = new LinkedHashMap<>();
        items.forEach(k -> a.put(k, k.equals("respect") ? 5 : rating));
        return a;
    }

    @Test
    void rawFiguresCountAnswersAndAgreeingPerStatementByGender() {
        RawSection raw = source.raw(new ReportRequest(w.team().associationId(), List.of(w.team().id(), w.lonely().id()),
                world.period(), ReportSettings.DEFAULTS)).get(w.team().id());

        CountTable answers = table(raw, "indicators.answers", CountTable.class);
        assertThat(List.of(count(answers, "indicators.startAnswers", "WOMAN"), count(answers, "indicators.startAnswers", "MAN"),
                count(answers, "indicators.startAnswers", "OTHER_UNKNOWN"), count(answers, "indicators.startAnswers", "TOTAL")))
                .containsExactly(10L, 5L, 0L, 15L);
        assertThat(List.of(count(answers, "indicators.exitAnswers", "WOMAN"), count(answers, "indicators.exitAnswers", "MAN"),
                count(answers, "indicators.exitAnswers", "TOTAL"))).containsExactly(5L, 0L, 5L);

        ShareTable start = table(raw, "indicators.start", ShareTable.class);
        assertThat(start.rows()).containsExactly("indicators.influence", "indicators.respect", "indicators.time",
                "indicators.usefulness", "indicators.readiness");
        assertThat(start.columns()).containsExactly("WOMAN", "MAN", "OTHER_UNKNOWN", "TOTAL");
        for (String item : List.of("influence", "time", "usefulness", "readiness")) {
            assertThat(List.of(share(start, "indicators." + item, "WOMAN"), share(start, "indicators." + item, "MAN"),
                    share(start, "indicators." + item, "OTHER_UNKNOWN"), share(start, "indicators." + item, "TOTAL")))
                    .as(item).containsExactly("5/10", "5/5", "0/0", "10/15");
        }
        assertThat(share(start, "indicators.respect", "TOTAL")).isEqualTo("15/15");

        ShareTable exit = table(raw, "indicators.exit", ShareTable.class);
        assertThat(exit.rows()).hasSize(6).contains("indicators.coordination");
        assertThat(share(exit, "indicators.influence", "WOMAN")).isEqualTo("5/5");
        assertThat(share(exit, "indicators.coordination", "WOMAN")).isEqualTo("0/5");
        assertThat(share(exit, "indicators.coordination", "MAN")).isEqualTo("0/0");
    }

    @Test
    void theCoordinatorSeesTheSharesWhereNeitherAgreeingNorTheOthersAreFew() {
        ReportSection s = section(world.report(w.coordinator(), w.team().id()), "indicators");

        assertThat(shown(cell(s, "indicators.answers", "indicators.startAnswers", "WOMAN"))).isEqualTo("10");
        assertThat(shown(cell(s, "indicators.answers", "indicators.startAnswers", "OTHER_UNKNOWN"))).isEqualTo("0");
        assertThat(shown(cell(s, "indicators.answers", "indicators.startAnswers", "TOTAL"))).isEqualTo("15");
        assertThat(shown(cell(s, "indicators.answers", "indicators.exitAnswers", "TOTAL"))).isEqualTo("5");
        assertThat(shown(cell(s, "indicators.start", "indicators.influence", "WOMAN"))).isEqualTo("0.500");
        assertThat(shown(cell(s, "indicators.start", "indicators.influence", "MAN"))).isEqualTo("1.000");
        assertThat(shown(cell(s, "indicators.start", "indicators.influence", "OTHER_UNKNOWN"))).isEqualTo("none");
        assertThat(shown(cell(s, "indicators.start", "indicators.influence", "TOTAL"))).isEqualTo("0.667");
        assertThat(shown(cell(s, "indicators.exit", "indicators.coordination", "WOMAN"))).isEqualTo("0.000");
        assertThat(shown(cell(s, "indicators.exit", "indicators.respect", "TOTAL"))).isEqualTo("1.000");
        assertThat(cell(s, "indicators.exit", "indicators.respect", "TOTAL").kind()).isEqualTo(Figure.Kind.SHARE);
    }

    @Test
    void oneAnonymousAnswerShowsNothingOfThePersonAloneOrInsideALargerScope() throws Exception {
        Map<UUID, RawSection> raw = source.raw(new ReportRequest(w.team().associationId(), List.of(w.lonely().id()),
                world.period(), ReportSettings.DEFAULTS));
        assertThat(share(table(raw.get(w.lonely().id()), "indicators.start", ShareTable.class), "indicators.influence",
                "WOMAN")).isEqualTo("1/1");

        Report alone = world.report(w.coordinator(), w.lonely().id());
        ReportSection s = section(alone, "indicators");
        for (ReportTable t : s.tables()) {
            for (ReportTable.Row row : t.rows()) {
                row.figures().forEach(f -> assertThat(f.value() == null || f.value().signum() == 0)
                        .as(t.key() + " " + row.key() + " shows nothing but zeros").isTrue());
            }
        }
        ReportSection both = section(world.report(w.coordinator(), w.team().id(), w.lonely().id()), "indicators");
        assertThat(shown(cell(both, "indicators.answers", "indicators.startAnswers", "WOMAN")))
                .as("11 in the scope, but 1 in one team").isEqualTo("hidden");
        assertThat(shown(cell(both, "indicators.start", "indicators.influence", "TOTAL"))).isEqualTo("hidden");
        assertThat(shown(cell(both, "indicators.answers", "indicators.startAnswers", "MAN"))).isEqualTo("5");

        // the indicators section (other sections, e.g. outcomes by age band, have age bands of their own)
        String published = json.writeValueAsString(section(world.report(w.coordinator(), w.team().id(),
                w.lonely().id()), "indicators"));
        assertThat(published).doesNotContain(SECRET, "25-34", "35-44", "45-54",
                "\"" + YearMonth.from(world.period().to()) + "\"");
        assertThat(raw.get(w.lonely().id()).tables()).allSatisfy(t -> assertThat(t.rows())
                .allMatch(r -> r.startsWith("indicators.")));
    }

    @Test
    void allTeamsAreReadWithTheSameStatementsAsOne() {
        ReportRequest one = new ReportRequest(w.team().associationId(), List.of(w.lonely().id()), world.period(),
                ReportSettings.DEFAULTS);
        ReportRequest both = new ReportRequest(w.team().associationId(), List.of(w.lonely().id(), w.team().id()),
                world.period(), ReportSettings.DEFAULTS);
        source.raw(one);
        StatementCounter.Counts forOne = counter.count(() -> source.raw(one));
        StatementCounter.Counts forBoth = counter.count(() -> source.raw(both));
        assertThat(forBoth.statements()).as(forBoth.toString()).isEqualTo(forOne.statements());
    }
}
