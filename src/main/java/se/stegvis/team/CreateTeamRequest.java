package se.stegvis.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A new team. Without goalOutcomes the defaults count; without trialPeriodMonths it is two months. */
@Serdeable
record CreateTeamRequest(@NotBlank @Size(max = 200) String name,
                         @NotBlank @Size(max = 60) String shortName,
                         @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 30) @Pattern(regexp = "[^;]+") String> municipalities,
                         @Nullable @Size(max = 8) List<@NotBlank String> goalOutcomes,
                         @Nullable @Min(1) @Max(24) Integer trialPeriodMonths) {

    TeamAdminService.NewTeam toNewTeam() {
        return new TeamAdminService.NewTeam(name, shortName, municipalities, goalOutcomes, trialPeriodMonths);
    }
}
