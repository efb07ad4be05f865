package se.stegvis.report;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.stegvis.group.GroupFixtures;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.StatementCounter;
import se.stegvis.team.TeamView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;


/**
 * Issue 8, "reports fast": a section reads all the request's teams at once, so what it sends to the
 * database does not grow with the number of teams, nor with their sessions, answers or screenings. Three
 * teams alike, each with a group that met twice (two booked), a screening handed in, one screening still
 * open and indicator answers. The ORS/SRS section is left out: it has its own statement test
 * (FitStatementCountTest).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportStatementsTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    GroupFixtures groups;
    @Inject
    SectionWorld world;
    @Inject
    List<SectionSource> sources;
    @Inject
    StatementCounter counter;

    UUID association;
    final List<UUID> teams = new ArrayList<>();

    @BeforeAll
    void threeTeamsWithGroupsScreeningsAndAnswers() {
        association = fixtures.association();
        for (int t = 0; t < 3; t++) {
            TeamView team = fixtures.team(association);
            teams.add(team.id());
            StaffLogin coach = fixtures.coach(team);
            UUID activity = groups.activityMeeting(coach, team.id(), 10, -7, 0);
            for (int i = 0; i < 3; i++) {
                ParticipantFixtures.Builder b = people.aParticipant().enrolledDaysAgo(10);
                ParticipantView p = (i % 2 == 0 ? b.woman() : b.man()).createdIn(team, coach);
                if (i < 2) {
                    groups.book(p, activity);
                    world.screen(p, association, null, true);
                }
                world.answer(p, association, "INDICATOR_START", Map.of("influence", 4, "respect", 5, "time", 3,
                        "usefulness", 4, "readiness", 2));
            }
        }
    }

    @Test
    void noSectionSendsMoreStatementsForThreeTeamsThanForOne() {
        SoftAssertions softly = new SoftAssertions();
        for (SectionSource source : sources) {
            if (source.key().equals("fit")) {
                continue;
            }
            source.raw(request(teams.subList(0, 1))); // first use: anything a section caches is in place
            StatementCounter.Counts one = counter.count(() -> source.raw(request(teams.subList(0, 1))));
            StatementCounter.Counts three = counter.count(() -> source.raw(request(teams)));
            softly.assertThat(three.statements()).as(source.key() + ": " + three).isEqualTo(one.statements());
        }
        softly.assertAll();
    }

    private ReportRequest request(List<UUID> teamIds) {
        return new ReportRequest(association, teamIds, world.period(), ReportSettings.DEFAULTS);
    }
}
