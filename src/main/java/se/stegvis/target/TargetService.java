package se.stegvis.target;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.audit.AuditService;
import se.stegvis.security.Actor;
import se.stegvis.shared.DomainException.FieldProblem;
import se.stegvis.shared.Ids;
import se.stegvis.shared.Times;
import se.stegvis.team.StaffService;
import se.stegvis.team.StaffView;
import se.stegvis.team.TeamNotFound;
import se.stegvis.team.TeamService;
import se.stegvis.team.TeamView;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Teams' yearly targets. Team leads of the team and the association's admins set them (audited);
 * coordinators of the association read them too. Coaches, other teams' staff and other associations
 * get "not found", like a team that does not exist.
 */
@Singleton
public class TargetService {
    static final String CHANGED = "TEAM_TARGETS_CHANGED";

    private final TargetRepository targets;
    private final TeamService teams;
    private final StaffService staff;
    private final AuditService audit;
    private final Ids ids;
    private final Clock clock;

    TargetService(TargetRepository targets, TeamService teams, StaffService staff, AuditService audit, Ids ids,
                  Clock clock) {
        this.targets = targets;
        this.teams = teams;
        this.staff = staff;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** The targets of several teams for one year, in one statement; a team without targets gets an empty map. */
    public Map<UUID, Map<TargetKind, BigDecimal>> of(Collection<UUID> teamIds, int year) {
        Map<UUID, Map<TargetKind, BigDecimal>> result = new HashMap<>();
        teamIds.forEach(t -> result.put(t, new EnumMap<>(TargetKind.class)));
        if (!teamIds.isEmpty()) {
            for (TeamTarget t : targets.findByTargetYearAndTeamIdIn(year, teamIds)) {
                TargetKind kind = TargetKind.valueOf(t.kind());
                result.get(t.teamId()).put(kind, TargetRules.normal(kind, t.targetValue()));
            }
        }
        return result;
    }

    Map<TargetKind, BigDecimal> read(Actor actor, UUID teamId, int year) {
        checkAccess(actor, teamId, false);
        checkYear(year);
        return of(List.of(teamId), year).get(teamId);
    }

    /** Replaces the team's targets for the year: kinds not sent are removed. The same request twice changes nothing. */
    @Transactional
    Map<TargetKind, BigDecimal> replace(Actor actor, UUID teamId, int year, List<TargetRules.Entry> entries) {
        checkAccess(actor, teamId, true);
        List<FieldProblem> problems = new ArrayList<>(TargetRules.checkYear(year));
        Map<TargetKind, BigDecimal> wanted = TargetRules.check(entries, problems);
        if (!problems.isEmpty()) {
            throw new InvalidTargets(problems);
        }
        targets.deleteByTeamIdAndTargetYear(teamId, year);
        LocalDateTime now = Times.nowUtc(clock);
        wanted.forEach((kind, value) ->
                targets.save(new TeamTarget(ids.newId(), teamId, year, kind.name(), value, now, actor.id())));
        audit.record(actor, CHANGED, teamId, null, year + ":" + wanted.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().toPlainString()).collect(Collectors.joining(";")));
        return wanted;
    }

    private static void checkYear(int year) {
        List<FieldProblem> problems = TargetRules.checkYear(year);
        if (!problems.isEmpty()) {
            throw new InvalidTargets(problems);
        }
    }

    /**
     * Read: admins and coordinators of the team's association, team leads of the team. Change: admins of
     * the association and team leads of the team. Everyone else: {@link TeamNotFound}.
     */
    private void checkAccess(Actor actor, UUID teamId, boolean change) {
        if (!actor.isStaff()) {
            throw new TeamNotFound();
        }
        StaffView caller = staff.find(actor.id()).filter(StaffView::active).orElseThrow(TeamNotFound::new);
        TeamView team = teams.find(teamId).filter(t -> t.associationId().equals(caller.associationId()))
                .orElseThrow(TeamNotFound::new);
        boolean allowed = switch (caller.role()) {
            case ADMIN -> true;
            case COORDINATOR -> !change;
            case TEAM_LEAD -> teams.isMember(caller.id(), team.id());
            default -> false;
        };
        if (!allowed) {
            throw new TeamNotFound();
        }
    }
}
