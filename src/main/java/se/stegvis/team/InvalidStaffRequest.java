package se.stegvis.team;

import se.stegvis.shared.DomainException;

import java.util.List;

/** A staff request breaking a rule about one field: a role staff cannot have, or a missing team. */
public class InvalidStaffRequest extends DomainException {
    private InvalidStaffRequest(String field, String key) {
        super(Kind.INVALID, "invalid-request", List.of(new FieldProblem(field, key)));
    }

    static InvalidStaffRequest roleNotAllowed() {
        return new InvalidStaffRequest("role", "staff.role-not-allowed");
    }

    static InvalidStaffRequest noTeamForRole() {
        return new InvalidStaffRequest("teamIds", "staff.no-team-for-role");
    }

    static InvalidStaffRequest teamRequired() {
        return new InvalidStaffRequest("teamIds", "staff.team-required");
    }
}
