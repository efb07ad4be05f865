package se.stegvis.participant;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The results yearly targets are measured against, per team, for a period (both ends inclusive):
 * persons enrolled; persons who left (every exit, a dropout before enrolment too — the same exits as
 * the flow); of those, persons with work or studies among their outcomes; and persons with one of their
 * team's goal outcomes. A person with several outcomes counts once. Aggregates only, all teams in one
 * grouped statement.
 */
@Singleton
public class TargetFigures {
    /** Outcomes that count as "work or studies". */
    public static final Set<Outcome> WORK_OR_STUDIES = Set.of(Outcome.WORK, Outcome.WORK_SUBSIDISED, Outcome.STUDIES);

    private final TargetFiguresRepository repository;

    TargetFigures(TargetFiguresRepository repository) {
        this.repository = repository;
    }

    /** Counts of persons of one team. */
    public record Figures(long newParticipants, long exits, long exitsToWorkOrStudies, long exitsReachingGoal) {
        public static final Figures NONE = new Figures(0, 0, 0, 0);
    }

    /**
     * Every team of {@code goalOutcomes} (team → its goal outcome codes) gets an entry, zeros when it had
     * no one in the period. One statement whatever the number of teams.
     */
    @Transactional
    public Map<UUID, Figures> of(Map<UUID, ? extends Collection<String>> goalOutcomes, LocalDate from, LocalDate to) {
        Map<UUID, Figures> result = new HashMap<>();
        if (goalOutcomes.isEmpty()) {
            return result;
        }
        result.putAll(repository.figures(goalOutcomes, from, to));
        goalOutcomes.keySet().forEach(t -> result.putIfAbsent(t, Figures.NONE));
        return result;
    }
}
