package se.stegvis.fit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.shared.Times;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.JvmTimeZone;
import se.stegvis.support.TestClock;
import se.stegvis.team.TeamView;

import io.micronaut.transaction.TransactionOperations;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Alert times written by the multi-row insert read back as written when the JVM does not run in UTC (see AuditTimeZoneTest). */
@MicronautTest(transactional = false)
class AlertTimeZoneTest {
    @Inject
    AlertBatchRepository batch;
    @Inject
    AlertRepository alerts;
    @Inject
    FitTestData fit;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    TestClock clock;
    @Inject
    DataSource dataSource;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void raisedAndAcknowledgedTimesReadBackAsWrittenUnderSwedishJvmTime() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        ParticipantView p = people.aParticipant().enrolledDaysAgo(30).createdIn(team, coach);
        UUID session = fit.history(team, coach, p, people.today().minusDays(1), new double[]{20}, null).get(0);
        LocalDateTime raised = Times.nowUtc(clock);
        LocalDateTime acknowledged = raised.plus(Duration.ofMinutes(5));

        JvmTimeZone.runIn("Europe/Stockholm", dataSource, () -> {
            transactions.executeWrite(status -> {
                batch.insertAll(List.of(new FitAlert(UUID.randomUUID(), p.id(), team.id(), session, AlertKind.LOW_SRS,
                        null, raised, acknowledged, coach.id(), null)));
                return null;
            });

            assertThat(alerts.findByParticipantId(p.id())).singleElement().satisfies(a -> {
                assertThat(a.raisedAt()).isEqualTo(raised);
                assertThat(a.acknowledgedAt()).isEqualTo(acknowledged);
            });
        });
    }
}
