package se.stegvis.screening;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** No log line carries a screening answer, nor who gave an urgent one. */
@MicronautTest(transactional = false)
class ScreeningLogTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    ScreeningWorld world;
    @Inject
    ScreeningKeyRotation rotation;

    final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    Logger root;

    @BeforeEach
    void capture() {
        root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
    }

    @Test
    void submittingReadingRotatingAndNotifyingLogNoAnswerAndNoPerson() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        world.answer(client, p, team.associationId(), ScreeningWorld.URGENT);
        world.get(client, coach.accessToken(), "/api/participants/" + p.id() + "/screenings");
        rotation.rotate();
        new LogScreeningNotifier().urgent(new ScreeningNotifier.UrgentScreening(UUID.randomUUID(), team.id(),
                List.of(coach.id())));

        assertThat(captured.list).as("the default notifier logged").anySatisfy(e ->
                assertThat(e.getFormattedMessage()).startsWith("urgent screening"));
        assertThat(captured.list).allSatisfy(e -> assertThat(e.getFormattedMessage())
                .doesNotContain(p.id().toString()).doesNotContain("YES").doesNotContain("DECLINED")
                .doesNotContain("wants_support_now").doesNotContain("exposed_"));
    }
}
