package se.stegvis.security;

/** Who someone is in Stegvis. The string constants are for {@code @Secured}. */
public enum Role {
    ADMIN, COORDINATOR, TEAM_LEAD, COACH, PARTICIPANT;

    public static final String ADMIN_ROLE = "ADMIN";
    public static final String COORDINATOR_ROLE = "COORDINATOR";
    public static final String TEAM_LEAD_ROLE = "TEAM_LEAD";
    public static final String COACH_ROLE = "COACH";
    public static final String PARTICIPANT_ROLE = "PARTICIPANT";

    public boolean isStaff() {
        return this != PARTICIPANT;
    }

    /** Coaches and team leads work with identified participants of their own teams. */
    public boolean worksWithParticipants() {
        return this == COACH || this == TEAM_LEAD;
    }
}
