package se.stegvis.participant;

import jakarta.inject.Singleton;
import se.stegvis.audit.Caseloads;

import java.util.Set;
import java.util.UUID;

/** Gives the access review a staff member's current caseload (participant_coach) in one statement. */
@Singleton
class CaseloadLookup implements Caseloads {
    private final ParticipantRepository participants;

    CaseloadLookup(ParticipantRepository participants) {
        this.participants = participants;
    }

    @Override
    public Set<UUID> caseloadOf(UUID staffId) {
        return Set.copyOf(participants.caseloadOf(staffId));
    }
}
