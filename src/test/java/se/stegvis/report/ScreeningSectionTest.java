package se.stegvis.report;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.SqlReads;
import se.stegvis.team.TeamView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stegvis.report.SectionWorld.cell;
import static se.stegvis.report.SectionWorld.section;
import static se.stegvis.report.SectionWorld.shown;
import static se.stegvis.report.SectionWorld.table;

/**
 * The violence screening section from screenings handed in over HTTP (encrypted at rest). Six women
 * and six men enrolled ten days ago, so the screening is due for each: women 1–2 exposed, violence
 * going on, want support now; women 3–5 exposed once; woman 6 declines; man 1 exposed and uses
 * violence; men 2–5 exposed once; man 6 has not answered (asked, nothing more).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreeningSectionTest {
    private static final List<String> ROWS = List.of("screening.asked", "screening.answered", "screening.declined",
            "screening.exposedEver", "screening.ongoing", "screening.usesViolence", "screening.wantsSupport");

    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    SectionWorld world;
    @Inject
    ScreeningSection source;
    @Inject
    SqlReads sql;

    TeamView team;
    StaffLogin coordinator;
    final List<UUID> screened = new ArrayList<>();

    @BeforeAll
    void screeningsHandedIn() {
        UUID association = fixtures.association();
        team = fixtures.team(association);
        StaffLogin coach = fixtures.coach(team);
        for (int i = 1; i <= 6; i++) {
            ParticipantView w = people.aParticipant().woman().enrolledDaysAgo(10).createdIn(team, coach);
            ParticipantView m = people.aParticipant().man().enrolledDaysAgo(10).createdIn(team, coach);
            screened.add(w.id());
            screened.add(m.id());
            if (i <= 2) {
                world.screen(w, association, answers("YES", "YES", "NO", "YES"), false);
            } else if (i <= 5) {
                world.screen(w, association, answers("YES", "NO", "NO", "NO"), false);
            } else {
                world.screen(w, association, null, true);
            }
            if (i == 1) {
                world.screen(m, association, answers("YES", "NO", "YES", "NO"), false);
            } else if (i <= 5) {
                world.screen(m, association, answers("YES", "NO", "NO", "NO"), false);
            }
        }
        coordinator = fixtures.coordinator(association);
    }

    private static Map<String, Object> answers(String threats, String ongoing, String usesViolence, String wantsSupport) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("exposed_threats_control", threats);
        a.put("exposed_physical", "NO");
        a.put("exposed_sexual", "NO");
        a.put("ongoing", ongoing);
        a.put("uses_violence", usesViolence);
        a.put("children_witness", "NO");
        a.put("wants_support_now", wantsSupport);
        return a;
    }

    @Test
    void rawCountsByGenderWithATotalColumn() {
        CountTable t = table(source.raw(new ReportRequest(team.associationId(), List.of(team.id()), world.period(),
                ReportSettings.DEFAULTS)).get(team.id()), "screening.counts", CountTable.class);

        assertThat(t.rows()).containsExactlyElementsOf(ROWS);
        assertThat(t.columns()).containsExactly("WOMAN", "MAN", "OTHER_UNKNOWN", "TOTAL");
        long[][] expected = {
                {6, 6, 0, 12},  // asked: 11 handed in + 1 still open
                {5, 5, 0, 10},  // answered
                {1, 0, 0, 1},   // declined
                {5, 5, 0, 10},  // exposed ever
                {2, 0, 0, 2},   // ongoing
                {0, 1, 0, 1},   // uses violence
                {2, 0, 0, 2}};  // wants support now
        assertThat(t.values()).isDeepEqualTo(expected);
        assertThat(t.relations()).as("one total relation per row").hasSize(ROWS.size());
    }

    @Test
    void theCoordinatorSeesLargeCountsAndNoSmallOne() {
        ReportSection s = section(world.report(coordinator, team.id()), "screening");

        assertThat(List.of(shown(cell(s, "screening.counts", "screening.asked", "WOMAN")),
                shown(cell(s, "screening.counts", "screening.asked", "MAN")),
                shown(cell(s, "screening.counts", "screening.asked", "OTHER_UNKNOWN")),
                shown(cell(s, "screening.counts", "screening.asked", "TOTAL")))).containsExactly("6", "6", "0", "12");
        assertThat(shown(cell(s, "screening.counts", "screening.exposedEver", "TOTAL"))).isEqualTo("10");
        for (String row : List.of("screening.declined", "screening.ongoing", "screening.wantsSupport")) {
            assertThat(shown(cell(s, "screening.counts", row, "WOMAN"))).as(row).isEqualTo("hidden");
            assertThat(shown(cell(s, "screening.counts", row, "TOTAL"))).as(row).isEqualTo("hidden");
            assertThat(shown(cell(s, "screening.counts", row, "MAN"))).as(row).isEqualTo("0");
        }
        assertThat(shown(cell(s, "screening.counts", "screening.usesViolence", "MAN"))).isEqualTo("hidden");
        assertThat(shown(cell(s, "screening.counts", "screening.usesViolence", "WOMAN"))).isEqualTo("0");
    }

    @Test
    void theReportReadsNoScreeningOfAPersonIntoTheAuditTrail() {
        world.report(coordinator, team.id());
        String ids = String.join("','", screened.stream().map(UUID::toString).toList());
        assertThat(sql.rows("SELECT action FROM audit_event WHERE team_id = ? AND action LIKE '%READ%' "
                + "AND participant_id IN ('" + ids + "')", team.id().toString())).isEmpty();
    }
}
