package se.stegvis.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.stegvis.security.PasswordPolicy;
import se.stegvis.security.Role;

import java.util.List;
import java.util.UUID;

/** A new staff member. The password policy (length) is checked by the service, with a field error. */
@Serdeable
record CreateStaffRequest(@NotBlank @Size(min = 3, max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
                          @NotBlank @Size(max = 200) String displayName,
                          @NotNull Role role,
                          @NotNull @Size(max = PasswordPolicy.MAX_LENGTH) String password,
                          @Nullable @Size(max = 50) List<@NotNull UUID> teamIds) {

    StaffAdminService.NewStaff toNewStaff() {
        return new StaffAdminService.NewStaff(username, displayName, role, password, teamIds == null ? List.of() : teamIds);
    }
}
