package se.stegvis.participant;

import java.util.UUID;

/**
 * The few facts about a participant that lists and aggregates of other features need (FIT alert
 * lists, trends, team figures), read without the outcome and coach look-ups of a full view.
 */
public record ParticipantSummary(UUID id, UUID teamId, String displayName, Gender gender, int birthYear) {
    static ParticipantSummary of(Participant p) {
        return new ParticipantSummary(p.id(), p.teamId(), p.displayName(), p.gender(), p.birthYear());
    }
}
