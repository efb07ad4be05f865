package se.stegvis.team;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** Empty lists are sent as [], not left out. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record TeamResponse(UUID id, String name, String shortName, List<String> municipalities, List<String> goalOutcomes,
                    int trialPeriodMonths, boolean active) {
    static TeamResponse from(TeamView t) {
        return new TeamResponse(t.id(), t.name(), t.shortName(), t.municipalities(), t.goalOutcomes(),
                t.trialPeriodMonths(), t.active());
    }
}
