package se.stegvis.security;

/**
 * Who someone is in Stegvis. The string constants are for {@code @Secured}. A data protection officer
 * (dataskyddsombud) works at association level like a coordinator: they review who read participants'
 * data (the access review) and see no participant data themselves (ADR 0010).
 */
public enum Role {
    ADMIN, COORDINATOR, TEAM_LEAD, COACH, PARTICIPANT, DATA_PROTECTION_OFFICER;

    public static final String ADMIN_ROLE = "ADMIN";
    public static final String COORDINATOR_ROLE = "COORDINATOR";
    public static final String TEAM_LEAD_ROLE = "TEAM_LEAD";
    public static final String COACH_ROLE = "COACH";
    public static final String PARTICIPANT_ROLE = "PARTICIPANT";
    public static final String DATA_PROTECTION_OFFICER_ROLE = "DATA_PROTECTION_OFFICER";

    public boolean isStaff() {
        return this != PARTICIPANT;
    }

    /** Coaches and team leads work with identified participants of their own teams. */
    public boolean worksWithParticipants() {
        return this == COACH || this == TEAM_LEAD;
    }

    /** Association-level roles belong to no team: their scope is the whole association. */
    public boolean belongsToNoTeam() {
        return this == DATA_PROTECTION_OFFICER;
    }
}
