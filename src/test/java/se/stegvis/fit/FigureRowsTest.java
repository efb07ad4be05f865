package se.stegvis.fit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.shared.Ids;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.SqlReads;
import se.stegvis.team.TeamView;

import io.micronaut.transaction.TransactionOperations;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first complete ORS kept at write time ({@link FigureRows}) follows the ratings and attendance however they
 * arrive: the earliest session wins whatever the order of storing, only complete ORS with attendance count,
 * and the same day is decided by the session's creation time.
 */
@MicronautTest(transactional = false)
class FigureRowsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 10);
    private static final LocalDateTime CREATED = LocalDateTime.of(2025, 1, 1, 8, 0);

    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    InstrumentService instruments;
    @Inject
    SessionRepository sessions;
    @Inject
    AttendanceRepository attendance;
    @Inject
    RatingRepository ratings;
    @Inject
    Ids ids;
    @Inject
    SqlReads sql;
    @Inject
    TransactionOperations<Connection> transactions;

    private TeamView team;
    private StaffLogin coach;
    private ParticipantView p;

    @BeforeEach
    void participant() {
        team = fixtures.team(fixtures.association());
        coach = fixtures.coach(team);
        p = people.aParticipant().enrolledDaysAgo(100).createdIn(team, coach);
    }

    @Test
    void completeAttendedOrsAndIndividualSrsAreCountedWithTheirSessionsDayTeamAndAssociation() {
        FitSession individual = attended(DAY, CREATED);
        FitSession group = attended(DAY.plusDays(1), CREATED, SessionKind.GROUP);
        rate(individual, "ORS", "1.0", "2.0", "3.0", "4.0");
        rate(individual, "SRS", "9.0", "9.0", "9.0", "8.5");
        rate(group, "ORS", "5.0", "5.0", "5.0", "5.0");
        rate(group, "SRS_GROUP", "9.0", "9.0", "9.0", "9.0");
        FitSession incomplete = attended(DAY.plusDays(2), CREATED);
        rate(incomplete, "ORS", "1.0", null, "3.0", "4.0");
        rate(incomplete, "SRS", "9.0", "9.0", null, "9.0");

        assertThat(counted()).containsExactly(
                List.of(team.associationId().toString(), DAY, individual.id().toString(), "ORS", team.id().toString(),
                        new BigDecimal("10.0")),
                List.of(team.associationId().toString(), DAY, individual.id().toString(), "SRS", team.id().toString(),
                        new BigDecimal("35.5")),
                List.of(team.associationId().toString(), DAY.plusDays(1), group.id().toString(), "ORS",
                        team.id().toString(), new BigDecimal("20.0")));
    }

    @Test
    void aRatingWithoutAttendanceIsCountedOnceTheAttendanceIsStored() {
        FitSession notYet = session(DAY, CREATED, SessionKind.INDIVIDUAL);
        rate(notYet, "SRS", "9.0", "9.0", "9.0", "9.0");
        rate(notYet, "ORS", "9.0", null, "9.0", "9.0");
        assertThat(counted()).isEmpty();

        attendance.save(new Attendance(ids.newId(), notYet.id(), p.id(), null, null));

        assertThat(counted()).extracting(r -> r.get(3)).containsExactly("SRS");
        assertThat(first()).as("an incomplete ORS is no first").isEmpty();
    }

    @Test
    void anEarlierSessionsOrsStoredLaterBecomesTheFirst() {
        FitSession later = attended(DAY.plusDays(14), CREATED);
        FitSession earlier = attended(DAY, CREATED);

        rate(later, "ORS", "5.0", "5.0", "5.0", "5.0");
        assertThat(first()).containsExactly(later.id().toString(), new BigDecimal("20.0"));

        rate(earlier, "ORS", "1.0", "2.0", "3.0", "4.5");
        assertThat(first()).containsExactly(earlier.id().toString(), new BigDecimal("10.5"));
        assertThat(nextDays()).containsExactly(Arrays.asList(earlier.id().toString(), DAY.plusDays(14)),
                Arrays.asList(later.id().toString(), null));
    }

    /**
     * Each counted ORS keeps the day of the next one, whatever order they arrive in: one stored between two others
     * takes its successor's day and gives its own to its predecessor; SRS rows keep none.
     */
    @Test
    void eachCountedOrsKeepsTheDayOfTheNextOneWhateverOrderTheyArriveIn() {
        FitSession a = attended(DAY, CREATED);
        FitSession b = attended(DAY.plusDays(7), CREATED);
        FitSession c = attended(DAY.plusDays(21), CREATED);
        rate(c, "ORS", "5.0", "5.0", "5.0", "5.0");
        assertThat(nextDays()).containsExactly(Arrays.asList(c.id().toString(), null));
        rate(a, "ORS", "1.0", "1.0", "1.0", "1.0");
        rate(a, "SRS", "9.0", "9.0", "9.0", "9.0");
        assertThat(nextDays()).containsExactly(Arrays.asList(a.id().toString(), DAY.plusDays(21)),
                Arrays.asList(c.id().toString(), null));

        rate(b, "ORS", "3.0", "3.0", "3.0", "3.0");

        assertThat(nextDays()).containsExactly(Arrays.asList(a.id().toString(), DAY.plusDays(7)),
                Arrays.asList(b.id().toString(), DAY.plusDays(21)), Arrays.asList(c.id().toString(), null));
        assertThat(sql.count("SELECT COUNT(*) FROM fit_counted_rating WHERE participant_id = ? "
                + "AND instrument_code = 'SRS' AND next_held_on IS NOT NULL", p.id().toString())).isZero();
    }

    @Test
    void incompleteOrsAndSrsNeverBecomeTheFirst() {
        FitSession first = attended(DAY, CREATED);
        FitSession second = attended(DAY.plusDays(7), CREATED);

        rate(first, "ORS", "1.0", "2.0", "3.0", null);
        rate(first, "SRS", "9.0", "9.0", "9.0", "9.0");
        assertThat(first()).as("no complete ORS yet").isEmpty();

        rate(second, "ORS", "6.0", "6.0", "6.0", "6.0");
        assertThat(first()).containsExactly(second.id().toString(), new BigDecimal("24.0"));
    }

    @Test
    void anOrsWithoutAttendanceCountsOnceTheAttendanceIsStored() {
        FitSession attended = attended(DAY.plusDays(7), CREATED);
        rate(attended, "ORS", "6.0", "6.0", "6.0", "6.0");
        FitSession notYet = session(DAY, CREATED, SessionKind.INDIVIDUAL);
        rate(notYet, "ORS", "2.0", "2.0", "2.0", "2.0");
        assertThat(first()).as("the rating without attendance is in no history")
                .containsExactly(attended.id().toString(), new BigDecimal("24.0"));

        attendance.save(new Attendance(ids.newId(), notYet.id(), p.id(), null, null));

        assertThat(first()).containsExactly(notYet.id().toString(), new BigDecimal("8.0"));
        assertThat(nextDays()).containsExactly(Arrays.asList(notYet.id().toString(), DAY.plusDays(7)),
                Arrays.asList(attended.id().toString(), null));
    }

    @Test
    void onTheSameDayTheSessionCreatedFirstComesFirst() {
        FitSession createdLater = attended(DAY, CREATED.plusHours(2));
        FitSession createdEarlier = attended(DAY, CREATED);
        rate(createdLater, "ORS", "7.0", "7.0", "7.0", "7.0");
        rate(createdEarlier, "ORS", "3.0", "3.0", "3.0", "3.0");

        assertThat(first()).containsExactly(createdEarlier.id().toString(), new BigDecimal("12.0"));
        assertThat(nextDays()).as("the same day: the one created first has the other's day as its next")
                .containsExactly(Arrays.asList(createdEarlier.id().toString(), DAY),
                        Arrays.asList(createdLater.id().toString(), null));
    }

    /**
     * Two transactions storing ORS of one participant at the same moment: the second, an earlier session's ORS,
     * waits for the first's row and then replaces it (it compares with what the first committed, not with a
     * snapshot taken before).
     */
    @Test
    void anEarlierOrsStoredWhileAnotherTransactionHoldsALaterOneEndsAsTheFirst() throws Exception {
        FitSession later = attended(DAY.plusDays(14), CREATED);
        FitSession earlier = attended(DAY, CREATED);
        CountDownLatch stored = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> transactions.executeWrite(status -> {
                rate(later, "ORS", "5.0", "5.0", "5.0", "5.0");
                stored.countDown();
                await(release);
                return null;
            }));
            assertThat(stored.await(20, TimeUnit.SECONDS)).isTrue();
            Future<?> second = pool.submit(() -> transactions.executeWrite(status -> {
                rate(earlier, "ORS", "1.0", "1.0", "1.0", "1.0");
                return null;
            }));
            assertThat(waitsForTheRow()).as(() -> "the second transaction waits for the first's row; the server runs "
                    + sql.rows("SELECT info FROM information_schema.PROCESSLIST WHERE info IS NOT NULL")).isTrue();
            release.countDown();
            first.get(20, TimeUnit.SECONDS);
            second.get(20, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }

        assertThat(first()).containsExactly(earlier.id().toString(), new BigDecimal("4.0"));
        assertThat(counted()).hasSize(2);
        assertThat(nextDays()).as("the second saw the first's committed row when it ordered them")
                .containsExactly(Arrays.asList(earlier.id().toString(), DAY.plusDays(14)),
                        Arrays.asList(later.id().toString(), null));
    }

    /**
     * Whether another connection is inside the statement that writes the participant's first-ORS row, within ten
     * seconds (the server's process list): the second transaction got there and waits for the first's row lock.
     */
    private boolean waitsForTheRow() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (sql.count("SELECT COUNT(*) FROM information_schema.PROCESSLIST "
                    + "WHERE info LIKE 'INSERT INTO fit_first_ors%'") > 0) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The participant's row: session id and total; empty when there is none. */
    private List<Object> first() {
        List<Map<String, Object>> rows = sql.rows("SELECT session_id, total FROM fit_first_ors WHERE participant_id = ?",
                p.id().toString());
        assertThat(rows).hasSizeLessThanOrEqualTo(1);
        return rows.isEmpty() ? List.of() : List.of(rows.get(0).get("session_id"), rows.get(0).get("total"));
    }

    /** The participant's counted ORS in their order (day, creation, session): session id and the next ORS's day. */
    private List<List<Object>> nextDays() {
        return sql.rows("SELECT session_id, next_held_on FROM fit_counted_rating WHERE participant_id = ? "
                + "AND instrument_code = 'ORS' ORDER BY held_on, created_at, session_id", p.id().toString()).stream()
                .map(r -> Arrays.asList(r.get("session_id"), r.get("next_held_on") == null ? null
                        : ((java.sql.Date) r.get("next_held_on")).toLocalDate())).toList();
    }

    /** The participant's counted rows in day and instrument order: association, day, session, instrument, team, total. */
    private List<List<Object>> counted() {
        return sql.rows("SELECT association_id, held_on, session_id, instrument_code, team_id, total "
                + "FROM fit_counted_rating WHERE participant_id = ? ORDER BY held_on, instrument_code", p.id().toString())
                .stream().map(r -> List.of(r.get("association_id"), ((java.sql.Date) r.get("held_on")).toLocalDate(),
                        r.get("session_id"), r.get("instrument_code"), r.get("team_id"), r.get("total"))).toList();
    }

    private FitSession attended(LocalDate day, LocalDateTime created) {
        return attended(day, created, SessionKind.INDIVIDUAL);
    }

    private FitSession attended(LocalDate day, LocalDateTime created, SessionKind kind) {
        FitSession s = session(day, created, kind);
        attendance.save(new Attendance(ids.newId(), s.id(), p.id(), null, null));
        return s;
    }

    private FitSession session(LocalDate day, LocalDateTime created, SessionKind kind) {
        return sessions.save(new FitSession(ids.newId(), team.id(), team.associationId(), kind, day,
                coach.id(), null, created, coach.id(), null));
    }

    private void rate(FitSession s, String code, String... items) {
        List<BigDecimal> values = Arrays.stream(items).map(i -> i == null ? null : new BigDecimal(i)).toList();
        ratings.save(new Rating(ids.newId(), s.id(), p.id(), s.teamId(), code,
                instruments.current(team.associationId(), code).versionId(), null, values.get(0), values.get(1),
                values.get(2), values.get(3), new Scores(code, values).total(), RatingSource.PAPER, coach.id(),
                LocalDateTime.now().withNano(0)));
    }
}
