package se.stegvis.team;

import se.stegvis.shared.DomainException.FieldProblem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which exit outcomes a team may count as "gick i mål". DROPOUT is an exit outcome too, but a
 * dropout is by definition not a goal reached, so no team may count it.
 */
final class GoalOutcomes {
    static final List<String> ALLOWED = List.of("WORK", "WORK_SUBSIDISED", "STUDIES", "JOB_SEEKING",
            "CONTINUED_VOCATIONAL_REHAB", "MEDICAL_REHAB", "SICKNESS_COMPENSATION", "OTHER");
    static final String DROPOUT = "DROPOUT";

    private GoalOutcomes() {
    }

    /** The codes without duplicates, in the order given; {@link InvalidGoalOutcomes} for bad ones. */
    static List<String> validate(List<String> codes) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> result = new LinkedHashSet<>();
        for (String code : codes) {
            if (DROPOUT.equals(code)) {
                problems.add(new FieldProblem("goalOutcomes", "team.goal-outcome-dropout"));
            } else if (!ALLOWED.contains(code)) {
                problems.add(new FieldProblem("goalOutcomes", "team.goal-outcome-unknown", String.valueOf(code)));
            } else {
                result.add(code);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidGoalOutcomes(problems);
        }
        return List.copyOf(result);
    }
}
