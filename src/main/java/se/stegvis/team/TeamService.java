package se.stegvis.team;

import se.stegvis.shared.Times;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.shared.Ids;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Associations and their teams, and who is a member of which team. */
@Singleton
public class TeamService {
    /** Exit outcomes that count as "gick i mål" unless a team says otherwise. */
    public static final List<String> DEFAULT_GOAL_OUTCOMES =
            List.of("WORK", "WORK_SUBSIDISED", "STUDIES", "JOB_SEEKING", "CONTINUED_VOCATIONAL_REHAB");
    public static final int DEFAULT_TRIAL_PERIOD_MONTHS = 2;

    private final AssociationRepository associations;
    private final TeamRepository teams;
    private final StaffTeamRepository memberships;
    private final Ids ids;
    private final Clock clock;

    TeamService(AssociationRepository associations, TeamRepository teams, StaffTeamRepository memberships,
                Ids ids, Clock clock) {
        this.associations = associations;
        this.teams = teams;
        this.memberships = memberships;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public UUID createAssociation(String name) {
        return associations.save(new Association(ids.newId(), name, now())).id();
    }

    public boolean anyAssociation() {
        return associations.count() > 0;
    }

    @Transactional
    public TeamView createTeam(UUID associationId, String name, String shortName, List<String> municipalities,
                               List<String> goalOutcomes, int trialPeriodMonths) {
        if (!associations.existsById(associationId)) {
            throw new TeamNotFound();
        }
        List<String> goals = goalOutcomes == null || goalOutcomes.isEmpty() ? DEFAULT_GOAL_OUTCOMES : goalOutcomes;
        Team t = new Team(ids.newId(), associationId, name, shortName, join(municipalities), join(goals),
                trialPeriodMonths <= 0 ? DEFAULT_TRIAL_PERIOD_MONTHS : trialPeriodMonths, true, now());
        return TeamView.from(teams.save(t));
    }

    public Optional<TeamView> find(UUID teamId) {
        return teams.findById(teamId).map(TeamView::from);
    }

    public TeamView get(UUID teamId) {
        return find(teamId).orElseThrow(TeamNotFound::new);
    }

    public List<TeamView> teamsOfAssociation(UUID associationId) {
        return teams.findByAssociationIdOrderByName(associationId).stream().map(TeamView::from).toList();
    }

    public List<TeamView> teamsOf(UUID staffId) {
        return teams.findByMember(staffId).stream().map(TeamView::from).toList();
    }

    public List<UUID> teamIdsOf(UUID staffId) {
        return memberships.teamIdsOf(staffId);
    }

    public boolean isMember(UUID staffId, UUID teamId) {
        return memberships.countMembership(staffId, teamId) > 0;
    }

    private LocalDateTime now() {
        return Times.nowUtc(clock);
    }

    static String join(List<String> values) {
        return values == null ? "" : String.join(";", values);
    }

    static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.stream(stored.split(";")).toList();
    }
}
