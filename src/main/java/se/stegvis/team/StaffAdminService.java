package se.stegvis.team;

import se.stegvis.shared.Times;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.security.SessionService;
import se.stegvis.security.SubjectKind;
import se.stegvis.security.Totp;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Staff administration by an association's admins, with object-level access: a member of another
 * association is {@link StaffNotFound}, a team of another association {@link TeamNotFound}.
 */
@Singleton
class StaffAdminService {
    static final String TOTP_ISSUER = "Stegvis";

    private final StaffService staffService;
    private final StaffRepository staff;
    private final StaffTeamRepository memberships;
    private final TeamRepository teams;
    private final TeamService teamService;
    private final SessionService sessions;
    private final Callers callers;
    private final Clock clock;

    StaffAdminService(StaffService staffService, StaffRepository staff, StaffTeamRepository memberships,
                      TeamRepository teams, TeamService teamService, SessionService sessions, Callers callers,
                      Clock clock) {
        this.staffService = staffService;
        this.staff = staff;
        this.memberships = memberships;
        this.teams = teams;
        this.teamService = teamService;
        this.sessions = sessions;
        this.callers = callers;
        this.clock = clock;
    }

    record NewStaff(String username, String displayName, Role role, String password, List<UUID> teamIds) {
    }

    /** A new member and their TOTP secret: shown once, handed over by the admin. */
    record Enrolled(StaffView staff, String totpSecret, String otpauthUri) {
    }

    /** The caller's own profile and teams. */
    record Me(StaffView staff, List<TeamView> teams) {
    }

    @Transactional
    Enrolled create(Actor actor, NewStaff n) {
        Staff admin = admin(actor);
        if (n.role() == Role.PARTICIPANT) {
            throw InvalidStaffRequest.roleNotAllowed();
        }
        List<UUID> teamIds = checkedTeams(admin.associationId(), n.role(), n.teamIds());
        String username = n.username().strip();
        if (staff.existsByUsername(username)) {
            throw new UsernameTaken();
        }
        String secret = Totp.newSecret();
        StaffView created = staffService.create(admin.associationId(), username, n.displayName().strip(), n.role(),
                n.password(), secret, teamIds);
        return new Enrolled(created, secret, Totp.otpauthUri(TOTP_ISSUER, username, secret));
    }

    List<StaffView> list(Actor actor) {
        Staff admin = admin(actor);
        return staff.findByAssociationIdOrderByDisplayName(admin.associationId()).stream()
                .map(staffService::view).toList();
    }

    StaffView get(Actor actor, UUID staffId) {
        return staffService.view(member(admin(actor), staffId));
    }

    @Transactional
    StaffView setTeams(Actor actor, UUID staffId, List<UUID> teamIds) {
        Staff admin = admin(actor);
        Staff member = member(admin, staffId);
        List<UUID> checked = checkedTeams(admin.associationId(), member.role(), teamIds);
        memberships.removeAll(member.id());
        checked.forEach(teamId -> memberships.add(member.id(), teamId));
        return staffService.view(member);
    }

    /** Deactivates the account and ends all its sessions at once: its tokens fail on the next request. */
    @Transactional
    StaffView deactivate(Actor actor, UUID staffId) {
        Staff admin = admin(actor);
        Staff member = member(admin, staffId);
        if (member.id().equals(admin.id())) {
            throw new CannotDeactivateSelf();
        }
        staff.deactivate(member.id(), Times.nowUtc(clock));
        sessions.revokeAll(SubjectKind.STAFF, member.id(), "DEACTIVATED");
        return staffService.view(staff.findById(member.id()).orElseThrow(StaffNotFound::new));
    }

    Me me(Actor actor) {
        Staff self = callers.staff(actor);
        return new Me(staffService.view(self), teamService.teamsOf(self.id()));
    }

    private Staff admin(Actor actor) {
        Staff caller = callers.staff(actor);
        if (caller.role() != Role.ADMIN) {
            throw new StaffNotFound();
        }
        return caller;
    }

    private Staff member(Staff admin, UUID staffId) {
        return staff.findById(staffId).filter(s -> s.associationId().equals(admin.associationId()))
                .orElseThrow(StaffNotFound::new);
    }

    /**
     * Teams must exist in the association; coaches and team leads need at least one; a data protection
     * officer has none (a team membership would open team routes that check membership only).
     */
    private List<UUID> checkedTeams(UUID associationId, Role role, List<UUID> teamIds) {
        List<UUID> distinct = teamIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(teamIds));
        for (UUID teamId : distinct) {
            teams.findById(teamId).filter(t -> t.associationId().equals(associationId)).orElseThrow(TeamNotFound::new);
        }
        if (role.worksWithParticipants() && distinct.isEmpty()) {
            throw InvalidStaffRequest.teamRequired();
        }
        if (role.belongsToNoTeam() && !distinct.isEmpty()) {
            throw InvalidStaffRequest.noTeamForRole();
        }
        return distinct;
    }
}
