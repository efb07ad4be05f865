package se.stegvis.participant;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The code from the invitation link ({@code /i/{code}}). */
@Serdeable
public record RedeemInvitationRequest(@NotBlank @Size(max = 100) String code) {
}
