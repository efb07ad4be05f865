package se.stegvis.security;

import org.junit.jupiter.api.Test;
import se.stegvis.support.TestClock;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The bounds of the session-liveness cache: time, the session's expiry, revocation on this instance. */
class LiveSessionsTest {
    private final TestClock clock = new TestClock();
    private final LiveSessions live = new LiveSessions(clock, Duration.ofSeconds(5), 100);
    private final UUID session = UUID.randomUUID();
    private final UUID subject = UUID.randomUUID();
    private final AtomicInteger reads = new AtomicInteger();

    private Optional<LiveSessions.Live> liveRow(Duration expiresIn) {
        reads.incrementAndGet();
        return Optional.of(new LiveSessions.Live(SubjectKind.PARTICIPANT, subject,
                LocalDateTime.ofInstant(clock.instant().plus(expiresIn), ZoneOffset.UTC)));
    }

    @Test
    void aLiveSessionIsReadOnceWithinTheBound() {
        assertThat(live.isLive(session, () -> liveRow(Duration.ofDays(1)))).isTrue();
        assertThat(live.isLive(session, () -> liveRow(Duration.ofDays(1)))).isTrue();
        assertThat(live.knownLive(session)).isTrue();
        assertThat(reads).hasValue(1);
    }

    @Test
    void afterTheBoundTheDatabaseIsAskedAgain() {
        live.isLive(session, () -> liveRow(Duration.ofDays(1)));
        clock.advance(Duration.ofSeconds(5));
        assertThat(live.knownLive(session)).isFalse();
        assertThat(live.isLive(session, Optional::empty)).isFalse();
    }

    @Test
    void aSessionIsNeverKnownLivePastItsOwnExpiry() {
        live.isLive(session, () -> liveRow(Duration.ofSeconds(2)));
        clock.advance(Duration.ofSeconds(2));
        assertThat(live.knownLive(session)).isFalse();
    }

    @Test
    void aDeadSessionIsNotRemembered() {
        assertThat(live.isLive(session, Optional::empty)).isFalse();
        assertThat(live.knownLive(session)).isFalse();
    }

    @Test
    void revokingASessionHereForgetsItAtOnce() {
        live.isLive(session, () -> liveRow(Duration.ofDays(1)));
        live.revoked(session);
        assertThat(live.knownLive(session)).isFalse();
    }

    @Test
    void revokingEverySessionOfASubjectForgetsThemAll() {
        UUID other = UUID.randomUUID();
        live.isLive(session, () -> liveRow(Duration.ofDays(1)));
        live.isLive(other, () -> liveRow(Duration.ofDays(1)));
        live.revokedAll(SubjectKind.PARTICIPANT, subject);
        assertThat(live.knownLive(session)).isFalse();
        assertThat(live.knownLive(other)).isFalse();
    }

    @Test
    void aReadThatARevocationOvertookIsNotRemembered() {
        // The read saw the row before the revocation committed; the revocation finished meanwhile.
        boolean answer = live.isLive(session, () -> {
            Optional<LiveSessions.Live> stale = liveRow(Duration.ofDays(1));
            live.revoked(session);
            return stale;
        });
        assertThat(answer).as("this request was already under way").isTrue();
        assertThat(live.knownLive(session)).as("the next request reads again").isFalse();
    }

    @Test
    void zeroSwitchesTheCacheOff() {
        LiveSessions off = new LiveSessions(clock, Duration.ZERO, 100);
        off.isLive(session, () -> liveRow(Duration.ofDays(1)));
        assertThat(off.knownLive(session)).isFalse();
    }
}
