package se.stegvis.team;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The settings a team may change: which exit outcomes count as a goal, trial period, municipalities. */
@Serdeable
record TeamSettingsRequest(@NotEmpty @Size(max = 8) List<@NotBlank String> goalOutcomes,
                           @NotNull @Min(1) @Max(24) Integer trialPeriodMonths,
                           @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 30) @Pattern(regexp = "[^;]+") String> municipalities) {

    TeamAdminService.Settings toSettings() {
        return new TeamAdminService.Settings(goalOutcomes, trialPeriodMonths, municipalities);
    }
}
