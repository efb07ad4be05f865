package se.stegvis.participant;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.security.SubjectKind;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.StatementCounter;
import se.stegvis.support.StatementCounter.Counted;
import se.stegvis.team.TeamView;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ownSummary: the logged-in participant in brief, in one statement; nobody else gets one. */
@MicronautTest(transactional = false)
class ParticipantOwnSummaryTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    ParticipantService participants;
    @Inject
    StatementCounter counter;

    @Test
    void aParticipantGetsTheirOwnSummaryInOneStatement() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        ParticipantView p = people.aParticipant().enrolledDaysAgo(20).createdIn(team, coach);
        Actor me = new Actor(SubjectKind.PARTICIPANT, p.id(), Role.PARTICIPANT, UUID.randomUUID());

        Counted<ParticipantSummary> summary = counter.countResult(() -> participants.ownSummary(me));

        assertThat(summary.value()).isEqualTo(new ParticipantSummary(p.id(), p.teamId(), p.details().displayName(),
                p.stage(), p.details().gender(), p.details().birthYear()));
        assertThat(summary.counts().statements()).as(summary.counts().toString()).isEqualTo(1);
        assertThat(participants.own(me).id()).isEqualTo(summary.value().id());
    }

    @Test
    void staffAndUnknownParticipantsGetNotFound() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        ParticipantView p = people.aParticipant().enrolledDaysAgo(20).createdIn(team, coach);
        Actor staffWithParticipantsId = new Actor(SubjectKind.STAFF, p.id(), Role.COACH, UUID.randomUUID());
        Actor unknown = new Actor(SubjectKind.PARTICIPANT, UUID.randomUUID(), Role.PARTICIPANT, UUID.randomUUID());

        assertThatThrownBy(() -> participants.ownSummary(ParticipantFixtures.actor(coach)))
                .isInstanceOf(ParticipantNotFound.class);
        assertThatThrownBy(() -> participants.ownSummary(staffWithParticipantsId))
                .isInstanceOf(ParticipantNotFound.class);
        assertThatThrownBy(() -> participants.ownSummary(unknown)).isInstanceOf(ParticipantNotFound.class);
    }
}
