package se.stegvis.team;

import jakarta.inject.Singleton;
import se.stegvis.security.Role;
import se.stegvis.security.SubjectDirectory;
import se.stegvis.security.SubjectKind;

import java.util.Optional;
import java.util.UUID;

/** Only an active staff account keeps its sessions. */
@Singleton
class StaffDirectory implements SubjectDirectory {
    private final StaffRepository staff;

    StaffDirectory(StaffRepository staff) {
        this.staff = staff;
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.STAFF;
    }

    @Override
    public Optional<Role> activeRole(UUID subjectId) {
        return staff.findById(subjectId).filter(Staff::active).map(Staff::role);
    }
}
