package se.stegvis.group;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.SessionService;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class CourseFeedbackHttpTest {
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
    InstrumentService instruments;

    @Test
    void afterTheLastSessionAttendeesAreAskedAndStaffSeeAveragesFromThreeAnswers() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        LocalDate today = people.today();
        UUID activity = groups.activity(coach, team.id(), 5, List.of(
                new SessionDraft(null, today.minusDays(7), LocalTime.of(10, 0), LocalTime.of(12, 0)),
                new SessionDraft(null, today, LocalTime.of(10, 0), LocalTime.of(12, 0))));
        List<String> tokens = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ParticipantView p = people.aParticipant().enrolledDaysAgo(30).createdIn(team, coach);
            String token = sessions.startParticipantSession(p.id()).token();
            http.signUp(activity, token);
            tokens.add(token);
            ids.add(p.id());
        }
        String first = groups.firstSession(coach, activity).toString();
        http.send("PUT", "/api/activities/" + activity + "/sessions/" + first + "/attendance",
                Map.of("present", ids.subList(0, 3)), coach.bearer());
        assertThat(http.send("GET", "/api/participant/due", null, tokens.get(0)).body())
                .as("not yet: the last session has not been marked").doesNotContain("GROUP_FEEDBACK");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) http.map(http.send("GET",
                "/api/activities/" + activity, null, coach.bearer())).get("sessions");
        String last = (String) list.get(1).get("id");
        http.send("PUT", "/api/activities/" + activity + "/sessions/" + last + "/attendance",
                Map.of("present", List.of(ids.get(0))), coach.bearer());
        for (int i = 0; i < 3; i++) {
            assertThat(http.send("GET", "/api/participant/due", null, tokens.get(i)).body()).contains("GROUP_FEEDBACK");
        }
        assertThat(http.send("GET", "/api/participant/due", null, tokens.get(3)).body())
                .as("booked but never attended").doesNotContain("GROUP_FEEDBACK");

        answer(tokens.get(0), team, 5);
        answer(tokens.get(1), team, 4);
        assertThat(http.map(http.send("GET", "/api/activities/" + activity + "/feedback", null, coach.bearer())))
                .containsEntry("answers", "<3").doesNotContainKey("averages");
        answer(tokens.get(2), team, 3);
        var averages = http.map(http.send("GET", "/api/activities/" + activity + "/feedback", null, coach.bearer()));
        assertThat(averages).containsEntry("answers", "3");
        assertThat(averages.get("averages").toString()).contains("content=4.0").contains("safety=4.0");
    }

    private void answer(String token, TeamView team, int rating) {
        UUID version = instruments.current(team.associationId(), CourseFeedbackService.INSTRUMENT).versionId();
        var r = http.send(http.request("POST", "/api/participant/responses", Map.of("versionId", version.toString(),
                "answers", Map.of("content", rating, "leaders", rating, "safety", rating, "recommend", rating)),
                token, UUID.randomUUID().toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }
}
