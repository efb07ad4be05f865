package se.stegvis.support;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import se.stegvis.shared.TimeFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application clock in tests: real time plus an offset a test may move forward (lockouts
 * expiring, sessions ageing). A test that moves it calls {@link #reset()} afterwards.
 */
@Singleton
@Requires(env = "test")
@Replaces(bean = Clock.class, factory = TimeFactory.class)
public class TestClock extends Clock {
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<Instant> frozen = new AtomicReference<>();

    /** Stops the clock where it is until {@link #reset()}; {@link #advance} still moves it. */
    public void freeze() {
        frozen.set(instant());
        offset.set(Duration.ZERO);
    }

    public void advance(Duration by) {
        Instant f = frozen.get();
        if (f != null) {
            frozen.set(f.plus(by));
            return;
        }
        offset.updateAndGet(o -> o.plus(by));
    }

    public void reset() {
        frozen.set(null);
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return TimeFactory.SWEDEN;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant f = frozen.get();
        if (f != null) {
            return Clock.fixed(f, zone);
        }
        return Clock.offset(Clock.system(zone), offset.get());
    }

    @Override
    public Instant instant() {
        Instant f = frozen.get();
        if (f != null) {
            return f;
        }
        return Instant.now().plus(offset.get());
    }
}
