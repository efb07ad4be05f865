package se.stegvis.group;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.SessionService;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class AttendanceHttpTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    SessionService sessions;
    @Inject
    GroupFixtures groups;
    @Inject
    GroupHttp http;
    @Inject
    GroupStatisticsService statistics;

    TeamView team;
    StaffLogin coach;
    UUID activity;
    List<Map<String, Object>> sessionList;
    ParticipantView anna;
    ParticipantView bo;
    ParticipantView cecilia;

    /** A group that met 15 days ago and meets today and next week; Anna and Bo booked, Cecilia waits. */
    @BeforeEach
    void aGroupWithTwoBookedAndOneWaiting() {
        team = fixtures.team(fixtures.association());
        coach = fixtures.coach(team);
        LocalDate today = people.today();
        activity = groups.activity(coach, team.id(), 2, List.of(
                new SessionDraft(null, today.minusDays(15), LocalTime.of(10, 0), LocalTime.of(12, 0)),
                new SessionDraft(null, today, LocalTime.of(10, 0), LocalTime.of(12, 0)),
                new SessionDraft(null, today.plusDays(7), LocalTime.of(10, 0), LocalTime.of(12, 0))));
        anna = people.aParticipant().named("=Anna A.").woman().enrolledDaysAgo(20).createdIn(team, coach);
        bo = people.aParticipant().named("Bo, \"Bosse\" B.").man().enrolledDaysAgo(20).createdIn(team, coach);
        cecilia = people.aParticipant().named("Cecilia C.").woman().enrolledDaysAgo(20).createdIn(team, coach);
        for (ParticipantView p : List.of(anna, bo, cecilia)) {
            http.signUp(activity, sessions.startParticipantSession(p.id()).token());
        }
        sessionList = castList(http.map(http.send("GET", "/api/activities/" + activity, null, coach.bearer())).get("sessions"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castList(Object o) {
        return (List<Map<String, Object>>) o;
    }

    private String session(int i) {
        return (String) sessionList.get(i).get("id");
    }

    private GroupHttp.Reply mark(int session, List<UUID> present) {
        return http.send("PUT", "/api/activities/" + activity + "/sessions/" + session(session) + "/attendance",
                Map.of("present", present), coach.bearer());
    }

    @Test
    void markedAttendanceShowsOnTheRosterWithTheWaitlistAfterTheBooked() {
        assertThat(mark(0, List.of(anna.id(), bo.id())).status()).isEqualTo(200);
        assertThat(mark(1, List.of(anna.id())).status()).isEqualTo(200);

        var roster = http.map(http.send("GET", "/api/activities/" + activity + "/roster", null, coach.bearer()));
        List<Map<String, Object>> lines = castList(roster.get("people"));
        assertThat(lines).extracting(l -> l.get("displayName")).containsExactly("=Anna A.", "Bo, \"Bosse\" B.", "Cecilia C.");
        assertThat(lines).extracting(l -> l.get("status")).containsExactly("BOOKED", "BOOKED", "WAITLISTED");
        assertThat(castList2(lines.get(0).get("attendedSessions"))).containsExactlyInAnyOrder(session(0), session(1));
        assertThat(castList2(lines.get(1).get("attendedSessions"))).containsExactly(session(0));
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList2(Object o) {
        return (List<String>) o;
    }

    @Test
    void markingAgainReplacesAndOnlyBookedParticipantsOfAPastOrTodaysSessionCanBeMarked() {
        mark(0, List.of(anna.id(), bo.id()));
        mark(0, List.of(bo.id()));
        var roster = http.map(http.send("GET", "/api/activities/" + activity + "/roster", null, coach.bearer()));
        assertThat(castList2(castList(roster.get("people")).get(0).getOrDefault("attendedSessions", List.of()))).isEmpty();

        var waiting = mark(0, List.of(cecilia.id()));
        assertThat(waiting.status()).isEqualTo(400);
        assertThat(waiting.body()).contains("\"field\":\"present\"");
        var future = mark(2, List.of(anna.id()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("\"field\":\"sessionId\"");
    }

    @Test
    void theRosterCsvIsRfc4180WithOneColumnPerSessionAndNoFormulaCells() throws Exception {
        mark(0, List.of(anna.id(), bo.id()));
        var csv = http.send("GET", "/api/activities/" + activity + "/roster.csv", null, coach.bearer());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("\r\n").contains("\"Bo, \"\"Bosse\"\" B.\"");
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv.body())).getRecords();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).size()).isEqualTo(3 + 3);
        assertThat(rows.get(1).get(0)).isEqualTo("'=Anna A.");
        assertThat(rows.get(2).get(0)).isEqualTo("Bo, \"Bosse\" B.");
        assertThat(rows.get(1).get(3)).isEqualTo("1");
        assertThat(rows.get(1).get(4)).isEmpty();
        assertThat(rows.get(3).get(1)).isEqualTo("WAITLISTED");
        assertThat(rows.get(3).get(2)).isEqualTo("1");
    }

    @Test
    void trialWeeksShowTheAttendedWeekAndWarnAboutMissedOnes() {
        mark(0, List.of(anna.id()));
        var t = http.map(http.send("GET", "/api/participants/" + anna.id() + "/trial-attendance", null, coach.bearer()));
        List<Map<String, Object>> weeks = castList(t.get("weeks"));
        // Enrolled 20 days ago: week 1 (days 20..14 ago) holds the session 15 days ago.
        assertThat(weeks.get(0)).containsEntry("status", "ATTENDED").containsEntry("attendances", 1);
        assertThat(weeks.get(1)).containsEntry("status", "MISSED");
        assertThat(t).containsEntry("warning", true).containsEntry("missedWeeks", 1);
        StaffLogin stranger = fixtures.coach(fixtures.team(team.associationId()));
        assertThat(http.send("GET", "/api/participants/" + anna.id() + "/trial-attendance", null, stranger.bearer())
                .status()).isEqualTo(404);
    }

    @Test
    void statisticsCountHeldSessionsAttendeesByGenderAndTheAttendanceRate() {
        mark(0, List.of(anna.id(), bo.id()));
        mark(1, List.of(anna.id()));
        GroupStatistics s = statistics.statistics(team.id(), people.today().minusDays(30), people.today().plusDays(30));
        assertThat(s.activitiesHeld()).isEqualTo(1);
        assertThat(s.sessionsHeld()).as("next week's session is not held yet").isEqualTo(2);
        assertThat(s.participants()).isEqualTo(2);
        assertThat(s.attendanceRate()).isEqualByComparingTo("0.750");
        assertThat(s.participantsByGender()).containsEntry("WOMAN", 1).containsEntry("MAN", 1)
                .containsEntry("OTHER_UNKNOWN", 0);
        var http200 = http.send("GET", "/api/teams/" + team.id() + "/group-statistics", null, coach.bearer());
        assertThat(http200.status()).isEqualTo(200);
    }
}
