package se.stegvis.team;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;

import java.util.List;
import java.util.UUID;

/**
 * Teams as the API offers them, with object-level access: everything stays inside the caller's
 * association; coaches and team leads see only their own teams. A team the caller may not see
 * is {@link TeamNotFound}, exactly like a team that does not exist.
 */
@Singleton
class TeamAdminService {
    private final TeamService teams;
    private final TeamRepository repository;
    private final Callers callers;

    TeamAdminService(TeamService teams, TeamRepository repository, Callers callers) {
        this.teams = teams;
        this.repository = repository;
        this.callers = callers;
    }

    record NewTeam(String name, String shortName, List<String> municipalities, List<String> goalOutcomes,
                   Integer trialPeriodMonths) {
    }

    record Settings(List<String> goalOutcomes, int trialPeriodMonths, List<String> municipalities) {
    }

    List<TeamView> visibleTeams(Actor actor) {
        Staff caller = callers.staff(actor);
        if (seesWholeAssociation(caller)) {
            return teams.teamsOfAssociation(caller.associationId());
        }
        return teams.teamsOf(caller.id()).stream()
                .filter(t -> t.associationId().equals(caller.associationId())).toList();
    }

    TeamView get(Actor actor, UUID teamId) {
        Staff caller = callers.staff(actor);
        Team team = inAssociation(caller, teamId);
        if (!seesWholeAssociation(caller) && !teams.isMember(caller.id(), teamId)) {
            throw new TeamNotFound();
        }
        return TeamView.from(team);
    }

    @Transactional
    TeamView create(Actor actor, NewTeam t) {
        Staff caller = callers.staff(actor);
        if (caller.role() != Role.ADMIN) {
            throw new TeamNotFound();
        }
        List<String> goals = t.goalOutcomes() == null || t.goalOutcomes().isEmpty()
                ? TeamService.DEFAULT_GOAL_OUTCOMES : GoalOutcomes.validate(t.goalOutcomes());
        int trial = t.trialPeriodMonths() == null ? TeamService.DEFAULT_TRIAL_PERIOD_MONTHS : t.trialPeriodMonths();
        return teams.createTeam(caller.associationId(), t.name().strip(), t.shortName().strip(),
                t.municipalities().stream().map(String::strip).distinct().toList(), goals, trial);
    }

    /** Admins of the association, and team leads of that very team, change its settings. */
    @Transactional
    TeamView updateSettings(Actor actor, UUID teamId, Settings s) {
        Staff caller = callers.staff(actor);
        Team team = inAssociation(caller, teamId);
        boolean allowed = caller.role() == Role.ADMIN
                || caller.role() == Role.TEAM_LEAD && teams.isMember(caller.id(), teamId);
        if (!allowed) {
            throw new TeamNotFound();
        }
        List<String> goals = GoalOutcomes.validate(s.goalOutcomes());
        Team updated = new Team(team.id(), team.associationId(), team.name(), team.shortName(),
                TeamService.join(s.municipalities().stream().map(String::strip).distinct().toList()),
                TeamService.join(goals), s.trialPeriodMonths(), team.active(), team.createdAt());
        return TeamView.from(repository.update(updated));
    }

    private Team inAssociation(Staff caller, UUID teamId) {
        return repository.findById(teamId).filter(t -> t.associationId().equals(caller.associationId()))
                .orElseThrow(TeamNotFound::new);
    }

    private static boolean seesWholeAssociation(Staff caller) {
        return caller.role() == Role.ADMIN || caller.role() == Role.COORDINATOR;
    }
}
