package se.stegvis.audit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.security.SubjectKind;
import se.stegvis.shared.Times;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.JvmTimeZone;
import se.stegvis.support.TestClock;
import se.stegvis.team.TeamView;

import javax.sql.DataSource;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audit times are UTC wall times (Times.nowUtc) in a DATETIME column. Written by the hand-written batch insert, they
 * must be bound as Micronaut Data binds them (a timestamp), or a service whose JVM runs in Swedish time with the
 * documented {@code connectionTimeZone=UTC} stores one wall time and reads back another (an hour or two off).
 */
@MicronautTest(transactional = false)
class AuditTimeZoneTest {
    @Inject
    AuditService audit;
    @Inject
    AuditRepository rows;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    TestClock clock;
    @Inject
    DataSource dataSource;

    @Test
    void oneAndManyAuditRowsReadBackAtTheTimeTheyWereWrittenUnderSwedishJvmTime() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        ParticipantView p = people.aParticipant().enrolledDaysAgo(5).createdIn(team, coach);
        Actor actor = new Actor(SubjectKind.STAFF, coach.id(), Role.COACH, UUID.randomUUID());

        JvmTimeZone.runIn("Europe/Stockholm", dataSource, () -> {
            LocalDateTime before = Times.nowUtc(clock);
            audit.record(actor, "TIME_ZONE_ONE", team.id(), p.id());
            audit.recordEach(actor, "TIME_ZONE_MANY", team.id(), List.of(p.id()), null);
            LocalDateTime after = Times.nowUtc(clock);

            assertThat(rows.findByParticipantIdOrderByIdDesc(p.id()))
                    .filteredOn(e -> e.action().startsWith("TIME_ZONE_")).hasSize(2)
                    .allSatisfy(e -> assertThat(e.at()).isBetween(before, after));
        });
    }
}
