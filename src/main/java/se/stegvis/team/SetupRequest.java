package se.stegvis.team;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.stegvis.security.PasswordPolicy;

/** First run: the setup code from the log, the association and its first admin. */
@Serdeable
record SetupRequest(@NotBlank @Size(max = 100) String setupCode,
                    @NotBlank @Size(max = 200) String associationName,
                    @NotBlank @Size(min = 3, max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+") String adminUsername,
                    @NotBlank @Size(max = 200) String adminDisplayName,
                    @NotNull @Size(max = PasswordPolicy.MAX_LENGTH) String adminPassword) {
}
