package se.stegvis.participant;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A redeemed invitation. The same token is set as the session cookie; API clients may send it as
 * a bearer token instead. {@code preferredLanguage} is sv, en or ar.
 */
@Serdeable
public record RedeemedInvitationResponse(String token, String displayName, String preferredLanguage) {
    static RedeemedInvitationResponse from(InvitationService.Redeemed r) {
        return new RedeemedInvitationResponse(r.token(), r.displayName(), r.preferredLanguage());
    }
}
