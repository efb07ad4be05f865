package se.stegvis.team;

import java.util.List;
import java.util.UUID;

/** A team as other features see it. */
public record TeamView(UUID id, UUID associationId, String name, String shortName, List<String> municipalities,
                       List<String> goalOutcomes, int trialPeriodMonths, boolean active) {
    static TeamView from(Team t) {
        return new TeamView(t.id(), t.associationId(), t.name(), t.shortName(), TeamService.split(t.municipalities()),
                TeamService.split(t.goalOutcomes()), t.trialPeriodMonths(), t.active());
    }
}
