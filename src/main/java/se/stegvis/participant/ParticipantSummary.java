package se.stegvis.participant;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A participant in brief, as lists and aggregates of other features need them (the due overview,
 * FIT alert lists, trends, team figures): the name staff know them by, where they are on the path,
 * and gender and birth year for breakdowns. Read without the outcome and coach look-ups of a full view.
 */
public record ParticipantSummary(UUID id, UUID teamId, String displayName, PathStage stage, Gender gender,
                                 int birthYear) {
    static ParticipantSummary of(Participant p, LocalDate today) {
        return new ParticipantSummary(p.id(), p.teamId(), p.displayName(), PathStage.of(p.path(), today),
                p.gender(), p.birthYear());
    }
}
