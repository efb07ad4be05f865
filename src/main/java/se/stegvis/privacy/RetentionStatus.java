package se.stegvis.privacy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An association's retention as its admin and data protection officer see it: the settings (and whether they
 * are the defaults), which exit date is the limit today, how many participants are due and not yet anonymised,
 * how many have no exit although their path has not moved for as long as data is kept after an exit (they are
 * never due until someone registers the exit), and what the last run did (null before the first).
 */
@Serdeable
public record RetentionStatus(RetentionSettings settings, boolean defaults, LocalDate exitBefore, long due,
                              long stalledWithoutExit, @Nullable LastRun lastRun) {
    @Serdeable
    public record LastRun(LocalDateTime startedAt, LocalDateTime finishedAt, int anonymised, int failed,
                          int auditDeleted) {
    }
}
