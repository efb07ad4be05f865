package se.stegvis.participant;

import io.micronaut.serde.annotation.Serdeable;

/** The logged-in participant, as the phone portal greets them. */
@Serdeable
public record ParticipantMeResponse(String displayName, String teamName, String preferredLanguage) {
    static ParticipantMeResponse from(InvitationService.Me me) {
        return new ParticipantMeResponse(me.displayName(), me.teamName(), me.preferredLanguage());
    }
}
