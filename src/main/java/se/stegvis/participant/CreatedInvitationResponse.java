package se.stegvis.participant;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDateTime;

/** A new invitation: show the code, the link or the QR code (SVG) once. {@code expiresAt} is UTC. */
@Serdeable
public record CreatedInvitationResponse(String code, String link, String qrSvg, LocalDateTime expiresAt) {
    static CreatedInvitationResponse from(InvitationService.CreatedInvitation i) {
        return new CreatedInvitationResponse(i.code(), i.link(), i.qrSvg(), i.expiresAt());
    }
}
