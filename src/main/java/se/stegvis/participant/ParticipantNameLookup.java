package se.stegvis.participant;

import jakarta.inject.Singleton;
import se.stegvis.audit.ParticipantNames;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Gives the audit list participants' display names without audit reading participant tables. */
@Singleton
class ParticipantNameLookup implements ParticipantNames {
    private final ParticipantRepository participants;

    ParticipantNameLookup(ParticipantRepository participants) {
        this.participants = participants;
    }

    @Override
    public Map<UUID, String> displayNames(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        return participants.findByIdIn(participantIds).stream()
                .collect(Collectors.toMap(Participant::id, Participant::displayName));
    }
}
