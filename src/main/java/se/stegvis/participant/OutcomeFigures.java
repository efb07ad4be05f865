package se.stegvis.participant;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Grouped figures about exits, goal attainment, throughput and newcomers, for the reports feature
 * (which decides who may see them and suppresses small cells). Each method is ONE grouped statement
 * over all the given teams, streamed group by group into the caller's consumer: nothing about a
 * single person leaves here except as a count of a group, and memory does not grow with the teams.
 *
 * <p>Definitions (see docs/reports-outcomes.md): an <em>exit</em> is a participant with an enrolment
 * whose exit date falls in the range; <em>age at exit</em> is exit year − birth year, <em>age at
 * enrolment</em> enrolment year − birth year; a <em>goal exit</em> is an exit with at least one outcome
 * in its team's goal set; <em>throughput months</em> are {@link #months days from enrolment to exit
 * divided by 30.4375}.
 */
@Singleton
public class OutcomeFigures {
    /** The mean Gregorian month: 365.25 / 12 days. */
    public static final double DAYS_PER_MONTH = 30.4375;

    private final OutcomeFiguresRepository repository;

    OutcomeFigures(OutcomeFiguresRepository repository) {
        this.repository = repository;
    }

    /**
     * Exits of one team, gender and age at exit: {@code outcome} null for all exits of the group (persons),
     * else the persons of the group who left with that outcome (a person with work and studies counts
     * under both). The same team, gender, age and outcome may come in more than one group (one per set of
     * outcomes the persons left with): add them up.
     */
    public record ExitGroup(UUID teamId, Gender gender, int ageAtExit, @Nullable Outcome outcome, long persons) {
    }

    /**
     * Goal exits of one team and gender on one exit date with the same throughput (the same key may come in more
     * than one group: add them up).
     */
    public record GoalExitGroup(UUID teamId, Gender gender, LocalDate exitDate, double months, long persons) {
    }

    /**
     * Newcomers (enrolment date in the range) of one team and gender with the same age at enrolment and
     * years in public support before ({@code null}: not recorded).
     */
    public record NewcomerGroup(UUID teamId, Gender gender, int ageAtEnrolment, @Nullable Integer yearsInSupport,
                                long persons) {
    }

    /** Months from enrolment to exit: whole days between the two dates divided by {@link #DAYS_PER_MONTH}. */
    public static double months(LocalDate enrolment, LocalDate exit) {
        return ChronoUnit.DAYS.between(enrolment, exit) / DAYS_PER_MONTH;
    }

    /** The teams' exits from {@code from} to {@code to} inclusive, all and per outcome; one statement. */
    public void exits(Collection<UUID> teamIds, LocalDate from, LocalDate to, Consumer<ExitGroup> sink) {
        if (!teamIds.isEmpty()) {
            repository.exits(List.copyOf(teamIds), from, to, sink);
        }
    }

    /**
     * The teams' goal exits from {@code from} to {@code to} inclusive, with each team's own goal set
     * (outcome codes; a team without goals has no goal exits); one statement.
     */
    public void goalExits(Map<UUID, ? extends Collection<String>> goalOutcomes, LocalDate from, LocalDate to,
                          Consumer<GoalExitGroup> sink) {
        Map<UUID, List<String>> goals = new java.util.LinkedHashMap<>();
        goalOutcomes.forEach((team, codes) -> {
            if (!codes.isEmpty()) {
                goals.put(team, List.copyOf(codes));
            }
        });
        if (!goals.isEmpty()) {
            repository.goalExits(goals, from, to, sink);
        }
    }

    /** The teams' newcomers (enrolled from {@code from} to {@code to} inclusive); one statement. */
    public void newcomers(Collection<UUID> teamIds, LocalDate from, LocalDate to, Consumer<NewcomerGroup> sink) {
        if (!teamIds.isEmpty()) {
            repository.newcomers(List.copyOf(teamIds), from, to, sink);
        }
    }
}
