package se.stegvis.report;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.stegvis.group.GroupFixtures;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.support.Api;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stegvis.report.SectionWorld.cell;
import static se.stegvis.report.SectionWorld.count;
import static se.stegvis.report.SectionWorld.sample;
import static se.stegvis.report.SectionWorld.section;
import static se.stegvis.report.SectionWorld.share;
import static se.stegvis.report.SectionWorld.shown;
import static se.stegvis.report.SectionWorld.table;

/**
 * The groups section: one forest group meeting a week ago and today, four women and two men booked
 * and present at both sessions (marked over HTTP); after the last session five of them hand in the
 * course feedback — content 5, 4, 4, 3, 5; leaders 4; safety 5; recommend 5, 5, 5, 5, 1.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupSectionTest {
    private static final int[] CONTENT = {5, 4, 4, 3, 5};
    private static final int[] RECOMMEND = {5, 5, 5, 5, 1};

    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    GroupFixtures groups;
    @Inject
    SectionWorld world;
    @Inject
    GroupSection source;

    TeamView team;
    StaffLogin coordinator;

    @BeforeAll
    void aGroupHeldAndRated() {
        UUID association = fixtures.association();
        team = fixtures.team(association);
        StaffLogin coach = fixtures.coach(team);
        UUID activity = groups.activityMeeting(coach, team.id(), 10, -7, 0);
        List<ParticipantView> attendees = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ParticipantFixtures.Builder b = people.aParticipant().enrolledDaysAgo(30);
            ParticipantView p = (i < 4 ? b.woman() : b.man()).createdIn(team, coach);
            groups.book(p, activity);
            attendees.add(p);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) world.staff("GET",
                "/api/activities/" + activity, null, coach).map().get("sessions");
        for (Map<String, Object> s : sessions) {
            Api.Reply marked = world.staff("PUT", "/api/activities/" + activity + "/sessions/" + s.get("id")
                    + "/attendance", Map.of("present", attendees.stream().map(ParticipantView::id).toList()), coach);
            assertThat(marked.status()).as(marked.body()).isEqualTo(200);
        }
        for (int i = 0; i < 5; i++) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("content", CONTENT[i]);
            a.put("leaders", 4);
            a.put("safety", 5);
            a.put("recommend", RECOMMEND[i]);
            a.put("comment", "Bra grupp, hälsningar från deltagare " + i);
            world.answer(attendees.get(i), association, "GROUP_FEEDBACK", a);
        }
        coordinator = fixtures.coordinator(association);
    }

    @Test
    void rawFiguresCountActivitiesPeopleAttendanceAndFeedbackSums() {
        RawSection s = source.raw(new ReportRequest(team.associationId(), List.of(team.id()), world.period(),
                ReportSettings.DEFAULTS)).get(team.id());

        CountTable activity = table(s, "groups.activity", CountTable.class);
        assertThat(count(activity, "groups.activitiesHeld", "TOTAL")).isEqualTo(1);
        assertThat(count(activity, "groups.sessionsHeld", "TOTAL")).isEqualTo(2);
        CountTable people = table(s, "groups.participants", CountTable.class);
        assertThat(people.values()[0]).containsExactly(4, 2, 0, 6);
        assertThat(share(table(s, "groups.attendance", ShareTable.class), "groups.attendanceRate", "TOTAL"))
                .as("six present of six booked, twice").isEqualTo("12/12");
        SampleTable feedback = table(s, "groups.feedback", SampleTable.class);
        assertThat(feedback.rows()).containsExactly("groups.feedback.content", "groups.feedback.leaders",
                "groups.feedback.safety", "groups.feedback.recommend");
        assertThat(sample(feedback, "groups.feedback.content", "TOTAL").n()).isEqualTo(5);
        assertThat(sample(feedback, "groups.feedback.content", "TOTAL").sum()).isEqualTo(21.0);
        assertThat(sample(feedback, "groups.feedback.leaders", "TOTAL").sum()).isEqualTo(20.0);
        assertThat(sample(feedback, "groups.feedback.recommend", "TOTAL").sum()).isEqualTo(21.0);
    }

    @Test
    void theCoordinatorSeesMeansFromFiveAnswersAndNoSmallCount() {
        ReportSection s = section(world.report(coordinator, team.id()), "groups");

        assertThat(shown(cell(s, "groups.activity", "groups.activitiesHeld", "TOTAL"))).isEqualTo("hidden");
        assertThat(List.of(shown(cell(s, "groups.participants", "groups.participants", "WOMAN")),
                shown(cell(s, "groups.participants", "groups.participants", "MAN")),
                shown(cell(s, "groups.participants", "groups.participants", "OTHER_UNKNOWN")),
                shown(cell(s, "groups.participants", "groups.participants", "TOTAL"))))
                .containsExactly("hidden", "hidden", "0", "6");
        assertThat(shown(cell(s, "groups.attendance", "groups.attendanceRate", "TOTAL"))).isEqualTo("1.000");
        assertThat(shown(cell(s, "groups.feedback", "groups.feedback.content", "TOTAL"))).isEqualTo("4.20");
        assertThat(shown(cell(s, "groups.feedback", "groups.feedback.leaders", "TOTAL"))).isEqualTo("4.00");
        assertThat(shown(cell(s, "groups.feedback", "groups.feedback.safety", "TOTAL"))).isEqualTo("5.00");
        assertThat(shown(cell(s, "groups.feedback", "groups.feedback.recommend", "TOTAL"))).isEqualTo("4.20");
    }

    @Test
    void feedbackOfAnotherTeamOrFromBeforeThePeriodIsNotCounted() {
        TeamView sister = fixtures.team(team.associationId());
        RawSection s = source.raw(new ReportRequest(team.associationId(), List.of(sister.id(), team.id()),
                new ReportPeriod(world.period().from().minusYears(1), world.period().from().minusDays(1), "before"),
                ReportSettings.DEFAULTS)).get(team.id());
        assertThat(sample(table(s, "groups.feedback", SampleTable.class), "groups.feedback.content", "TOTAL").n())
                .isZero();
        RawSection other = source.raw(new ReportRequest(team.associationId(), List.of(sister.id(), team.id()),
                world.period(), ReportSettings.DEFAULTS)).get(sister.id());
        assertThat(sample(table(other, "groups.feedback", SampleTable.class), "groups.feedback.content", "TOTAL").n())
                .isZero();
        assertThat(table(other, "groups.participants", CountTable.class).values()[0]).containsOnly(0L);
    }
}
