package se.stegvis.team;

import se.stegvis.shared.Times;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.security.Actor;
import se.stegvis.security.PasswordHasher;
import se.stegvis.security.PasswordPolicy;
import se.stegvis.security.Role;
import se.stegvis.shared.Ids;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Staff accounts of an association and their team memberships. */
@Singleton
public class StaffService {
    private final StaffRepository staff;
    private final StaffTeamRepository memberships;
    private final PasswordHasher hasher;
    private final Ids ids;
    private final Clock clock;

    StaffService(StaffRepository staff, StaffTeamRepository memberships, PasswordHasher hasher, Ids ids, Clock clock) {
        this.staff = staff;
        this.memberships = memberships;
        this.hasher = hasher;
        this.ids = ids;
        this.clock = clock;
    }

    /** Creates an account; {@code totpSecret} may be null until the member enrols a second factor. */
    @Transactional
    public StaffView create(UUID associationId, String username, String displayName, Role role, String password,
                            String totpSecret, List<UUID> teamIds) {
        PasswordPolicy.check("password", password);
        Staff s = new Staff(ids.newId(), associationId, username, displayName, role, hasher.hash(password),
                totpSecret, totpSecret != null, true, 0, null, now(), null, null);
        staff.save(s);
        for (UUID teamId : teamIds) {
            memberships.add(s.id(), teamId);
        }
        return view(s);
    }

    public Optional<StaffView> find(UUID staffId) {
        return staff.findById(staffId).map(this::view);
    }

    /** Whether the caller is a staff member of this association whose account is active (association-level access). */
    public boolean actsFor(Actor actor, UUID associationId) {
        return actor.isStaff() && staff.findById(actor.id())
                .filter(Staff::active).map(s -> s.associationId().equals(associationId)).orElse(false);
    }

    StaffView view(Staff s) {
        return new StaffView(s.id(), s.associationId(), s.username(), s.displayName(), s.role(), s.active(),
                memberships.teamIdsOf(s.id()));
    }

    private LocalDateTime now() {
        return Times.nowUtc(clock);
    }
}
