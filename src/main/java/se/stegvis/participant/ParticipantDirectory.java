package se.stegvis.participant;

import jakarta.inject.Singleton;
import se.stegvis.security.Role;
import se.stegvis.security.SubjectDirectory;
import se.stegvis.security.SubjectKind;

import java.util.Optional;
import java.util.UUID;

/** A participant keeps the PARTICIPANT role while the participant exists. */
@Singleton
class ParticipantDirectory implements SubjectDirectory {
    private final ParticipantRepository participants;

    ParticipantDirectory(ParticipantRepository participants) {
        this.participants = participants;
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.PARTICIPANT;
    }

    @Override
    public Optional<Role> activeRole(UUID subjectId) {
        return participants.existsById(subjectId) ? Optional.of(Role.PARTICIPANT) : Optional.empty();
    }
}
