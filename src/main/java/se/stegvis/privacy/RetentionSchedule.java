package se.stegvis.privacy;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Runs the retention job every night (03:15 by default, {@code stegvis.retention.cron}). Tests turn it off
 * ({@code stegvis.retention.schedule: false}): they move the clock, and a run then would anonymise other tests'
 * participants. Several instances may run it at once: a participant already anonymised is skipped.
 */
@Singleton
@Requires(property = "stegvis.retention.schedule", notEquals = "false")
class RetentionSchedule {
    private final RetentionJob job;

    RetentionSchedule(RetentionJob job) {
        this.job = job;
    }

    @Scheduled(cron = "${stegvis.retention.cron:0 15 3 * * *}", zoneId = "Europe/Stockholm")
    void nightly() {
        job.runAll();
    }
}
