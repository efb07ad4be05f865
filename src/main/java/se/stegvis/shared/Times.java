package se.stegvis.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * How Stegvis reads the injected clock. Stored timestamps are UTC wall-clock values at whole
 * seconds: MariaDB reached through Connector/J drops fractional seconds, so a finer value would
 * read back different from what was written. Dates people see (path dates, due dates) are Swedish.
 */
public final class Times {
    private Times() {
    }

    /** Now, as a UTC timestamp at whole seconds, ready to store. */
    public static LocalDateTime nowUtc(Clock clock) {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Today's date in Sweden. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(TimeFactory.SWEDEN));
    }
}
