package se.stegvis.privacy;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the participant's data is erased (GDPR art. 17): kept in the audit log with who and when. */
@Serdeable
public record ErasureRequest(@NotBlank @Size(min = 5, max = 500) String reason) {
}
