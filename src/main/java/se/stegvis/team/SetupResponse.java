package se.stegvis.team;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** The new association and admin. The TOTP secret is shown this once: put it in an authenticator app. */
@Serdeable
record SetupResponse(UUID associationId, UUID adminId, String adminUsername, String totpSecret, String otpauthUri) {
    static SetupResponse from(SetupService.Done d) {
        return new SetupResponse(d.admin().associationId(), d.admin().id(), d.admin().username(), d.totpSecret(),
                d.otpauthUri());
    }
}
