package se.stegvis.audit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.security.SubjectKind;
import se.stegvis.support.Fixtures;
import se.stegvis.team.TeamView;

import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The review's statements on the real server: newest first across teams, the cursor, the export's cap. */
@MicronautTest(transactional = false)
class AccessReviewRepositoryTest {
    @Inject
    AccessReviewRepository repository;
    @Inject
    AuditBatchRepository trail;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    Fixtures fixtures;

    private static final LocalDateTime T = LocalDateTime.of(2026, 5, 4, 8, 0);
    private final UUID staff = UUID.randomUUID();
    private TeamView north;
    private TeamView south;
    private AccessReviewRepository.Range both;

    @BeforeEach
    void twoTeamsWithInterleavedReads() {
        north = fixtures.team(fixtures.association());
        south = fixtures.team(north.associationId());
        both = new AccessReviewRepository.Range(List.of(north.id(), south.id()), null, null, null);
        // inserted out of time order: the order is by time, then id
        read(north, T.plusMinutes(3), "PARTICIPANT_READ");
        read(south, T.plusMinutes(4), "PARTICIPANT_READ");
        read(north, T.plusMinutes(1), "PARTICIPANT_LISTED");
        read(south, T.plusMinutes(2), "SCREENING_READ");
        read(north, T.plusMinutes(2), "PARTICIPANT_UPDATED"); // a change, not a read: never listed
    }

    private void read(TeamView team, LocalDateTime at, String action) {
        tx.executeWrite(s -> {
            trail.insertAll(List.of(new AuditEvent(null, at, SubjectKind.STAFF, staff, action, team.id(),
                    UUID.randomUUID(), null)));
            return null;
        });
    }

    /** The repository runs inside its caller's transaction, as the service gives it. */
    private <T> T inTx(java.util.function.Supplier<T> work) {
        return tx.executeRead(s -> work.get());
    }

    @Test
    void pagesAreNewestFirstAcrossTeamsAndTheCursorContinuesWhereThePageEnded() {
        List<AccessRead> first = inTx(() -> repository.reads(both, null, 3));
        List<AccessRead> rest = inTx(() -> repository.reads(both, first.get(2).id(), 3));

        assertThat(first).extracting(AccessRead::at).containsExactly(T.plusMinutes(4), T.plusMinutes(3), T.plusMinutes(2));
        assertThat(rest).extracting(AccessRead::at).containsExactly(T.plusMinutes(1));
    }

    @Test
    void theExportReadsEverythingOrOneRowMoreThanItMayHold() {
        assertThat(inTx(() -> repository.allReads(both, 4))).extracting(AccessRead::at)
                .containsExactly(T.plusMinutes(4), T.plusMinutes(3), T.plusMinutes(2), T.plusMinutes(1));
        assertThat(inTx(() -> repository.allReads(both, 2))).hasSize(3);
    }

    @Test
    void aPeriodIsAHalfOpenUtcRange() {
        var range = new AccessReviewRepository.Range(both.teamIds(), staff, T.plusMinutes(2), T.plusMinutes(4));

        assertThat(inTx(() -> repository.reads(range, null, 10))).extracting(AccessRead::at)
                .containsExactly(T.plusMinutes(3), T.plusMinutes(2));
    }
}
