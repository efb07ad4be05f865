package se.stegvis.shared;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** Time comes from an injected clock so tests can move it. Dates are Swedish dates. */
@Factory
public class TimeFactory {
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Singleton
    Clock clock() {
        return Clock.system(SWEDEN);
    }
}
