package se.stegvis.response;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.SessionService;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.StatementCounter;
import se.stegvis.support.StatementCounter.Counts;
import se.stegvis.team.TeamView;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one submission costs the database, counted at the driver: a budget that fails when a change
 * adds a query or a transaction to the hot path (bench/submit.sh measures what it costs in time).
 */
@MicronautTest(transactional = false)
class SubmissionStatementsTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    SessionService sessions;
    @Inject
    AnswerWorld world;
    @Inject
    StatementCounter counter;

    static final Map<String, Object> SRS = Map.of("relationship", 8, "goals_and_topics", 7, "approach", 8.5,
            "overall", 9);

    @Test
    void identifiedSubmissionStaysWithinItsStatementBudget() {
        TeamView team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        ParticipantView p = people.aParticipant().enrolledDaysAgo(10).createdIn(team, coach);
        String token = sessions.startParticipantSession(p.id()).token();
        String body = world.body(world.currentVersion(team.associationId(), "SRS"), SRS);
        world.submit(client, token, UUID.randomUUID().toString(), body); // warm: first-use caches

        AtomicReference<AnswerWorld.Reply> reply = new AtomicReference<>();
        Counts c = counter.countAll(() -> reply.set(world.submit(client, token, UUID.randomUUID().toString(), body)));

        assertThat(reply.get().status()).isEqualTo(201);
        // participant (ParticipantService.ownSummary: ten columns, no outcomes, no coaches) · one
        // transaction: the idempotency claim WITH its response (its first write, docs/adr/0004; the receipt is
        // made before anything is written, IdempotencyService.executeKnown), answer, due item, audit row,
        // FIT's attendance look-up (SRS/ORS may belong to a session). No UPDATE of the claim afterwards. No
        // auth_session read: the warm-up request found the session live a moment ago (security.LiveSessions).
        assertThat(c.statements()).as(c.toString()).isLessThanOrEqualTo(6);
        assertThat(c.commits()).as(c.toString()).isLessThanOrEqualTo(1);
        assertThat(c.roundTrips()).as(c.toString()).isLessThanOrEqualTo(9);
        assertThat(c.sql()).as(c.toString()).noneMatch(s -> s.contains("UPDATE idempotency_record"));
        assertThat(c.sql()).as(c.toString()).noneMatch(s -> s.contains("participant_outcome"))
                .noneMatch(s -> s.contains("participant_coach")).noneMatch(s -> s.contains("auth_session"))
                .noneMatch(s -> s.contains("income_before"));
    }
}
