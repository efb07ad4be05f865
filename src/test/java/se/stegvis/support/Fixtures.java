package se.stegvis.support;

import jakarta.inject.Singleton;
import se.stegvis.security.Role;
import se.stegvis.security.SessionService;
import se.stegvis.team.StaffService;
import se.stegvis.team.StaffView;
import se.stegvis.team.TeamService;
import se.stegvis.team.TeamView;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds realistic data through the real services. Every call makes fresh, uniquely named rows, so
 * tests never depend on what another test or an earlier run left in the database.
 */
@Singleton
public class Fixtures {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime(), 36);
    public static final String PASSWORD = "korrekt häst batteri häftklammer";
    /** The TOTP secret of every fixture staff member (Base32). */
    public static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private final TeamService teams;
    private final StaffService staff;
    private final SessionService sessions;

    Fixtures(TeamService teams, StaffService staff, SessionService sessions) {
        this.teams = teams;
        this.staff = staff;
        this.sessions = sessions;
    }

    /** A logged-in staff member: use {@link #bearer()} in the Authorization header. */
    public record StaffLogin(StaffView staff, String accessToken, String refreshToken) {
        public String bearer() {
            return "Bearer " + accessToken;
        }

        public UUID id() {
            return staff.id();
        }
    }

    public String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQ.incrementAndGet();
    }

    public UUID association() {
        return teams.createAssociation(unique("Samordningsförbundet Centrala Dalarna"));
    }

    public TeamView team(UUID associationId) {
        return teams.createTeam(associationId, unique("Samverkansteam Avesta"), "Avesta",
                List.of("Avesta", "Norberg"), List.of(), 2);
    }

    public StaffView staffMember(UUID associationId, Role role, TeamView... memberOf) {
        return staff.create(associationId, unique(role.name().toLowerCase()), "Anna Andersson", role, PASSWORD,
                TOTP_SECRET, Arrays.stream(memberOf).map(TeamView::id).toList());
    }

    /** A staff member with a live session, as after password and second factor. */
    public StaffLogin loggedIn(UUID associationId, Role role, TeamView... memberOf) {
        StaffView s = staffMember(associationId, role, memberOf);
        SessionService.StaffTokens t = sessions.startStaffSession(s.id(), role);
        return new StaffLogin(s, t.accessToken(), t.refreshToken());
    }

    public StaffLogin coach(TeamView team) {
        return loggedIn(team.associationId(), Role.COACH, team);
    }

    public StaffLogin teamLead(TeamView team) {
        return loggedIn(team.associationId(), Role.TEAM_LEAD, team);
    }

    public StaffLogin admin(UUID associationId) {
        return loggedIn(associationId, Role.ADMIN);
    }

    public StaffLogin coordinator(UUID associationId) {
        return loggedIn(associationId, Role.COORDINATOR);
    }

    /** The association's data protection officer: association level, no team. */
    public StaffLogin dataProtectionOfficer(UUID associationId) {
        return loggedIn(associationId, Role.DATA_PROTECTION_OFFICER);
    }

    /** An association with two teams and its admin, and a foreign association with a team and admin. */
    public record TwoAssociations(TeamView team, TeamView sisterTeam, TeamView foreignTeam, StaffLogin admin,
                                  StaffLogin foreignAdmin) {
    }

    public TwoAssociations twoAssociations() {
        UUID association = association();
        TeamView team = team(association);
        TeamView sister = team(association);
        UUID other = association();
        TeamView foreign = team(other);
        return new TwoAssociations(team, sister, foreign, admin(association), admin(other));
    }
}
