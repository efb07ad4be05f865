package se.stegvis.fit;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.audit.AuditService;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.shared.Times;
import se.stegvis.team.StaffService;
import se.stegvis.team.StaffView;
import se.stegvis.team.TeamNotFound;
import se.stegvis.team.TeamService;
import se.stegvis.team.TeamView;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A team's FIT thresholds: read by the team's coaches and team leads, changed by its team leads and
 * the association's admins (audited). Teams without their own row use {@link FitSettings#DEFAULTS}.
 */
@Singleton
public class FitSettingsService {
    static final String CHANGED = "FIT_SETTINGS_CHANGED";

    private final TeamSettingsRepository rows;
    private final TeamService teams;
    private final StaffService staff;
    private final AuditService audit;
    private final Clock clock;

    FitSettingsService(TeamSettingsRepository rows, TeamService teams, StaffService staff, AuditService audit,
                       Clock clock) {
        this.rows = rows;
        this.teams = teams;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** The settings in force for a team; one statement. */
    public FitSettings of(UUID teamId) {
        return rows.findById(teamId).map(TeamSettingsRow::settings).orElse(FitSettings.DEFAULTS);
    }

    /** The settings of several teams in one statement; teams without a row get the defaults. */
    Map<UUID, FitSettings> of(Collection<UUID> teamIds) {
        Map<UUID, FitSettings> result = new HashMap<>();
        if (!teamIds.isEmpty()) {
            rows.findByTeamIdIn(teamIds).forEach(r -> result.put(r.teamId(), r.settings()));
        }
        teamIds.forEach(t -> result.putIfAbsent(t, FitSettings.DEFAULTS));
        return result;
    }

    FitSettings read(Actor actor, UUID teamId) {
        checkAccess(actor, teamId, false);
        return of(teamId);
    }

    @Transactional
    FitSettings update(Actor actor, UUID teamId, FitSettings s) {
        checkAccess(actor, teamId, true);
        TeamSettingsRow row = TeamSettingsRow.of(teamId, s, Times.nowUtc(clock), actor.id());
        if (rows.existsById(teamId)) {
            rows.update(row);
        } else {
            rows.save(row);
        }
        audit.record(actor, CHANGED, teamId, null, summary(s));
        return s;
    }

    /** The new values in under 200 characters, for the audit row. */
    static String summary(FitSettings s) {
        return "cutoff=" + s.cutoffAdult() + "/" + s.cutoffYouth() + "/" + s.cutoffChild() + ";atCutoffBelow="
                + s.atCutoffCountsAsBelow() + ";rci=" + s.reliableChange() + ";srs<" + s.srsTotalAlertBelow() + ";item<"
                + s.srsItemAlertBelow() + ";drop=" + s.srsDropAlert() + ";noChange=" + s.noChangeAfterSessions()
                + ";missingDays=" + s.missingWindowDays() + ";trajectoryMin=" + s.trajectoryMinParticipants()
                + ";groupMin=" + s.groupMinAnswers();
    }

    /**
     * Team members who work with participants read; team leads of the team and the association's admins
     * change. A role that may not change settings (coach, coordinator) is refused by the route's roles
     * with 403, as for the screening settings; the change check below is the service's own guard behind
     * it. A team or association out of reach is 404.
     */
    private void checkAccess(Actor actor, UUID teamId, boolean change) {
        if (!actor.isStaff()) {
            throw new TeamNotFound();
        }
        if (actor.has(Role.ADMIN)) {
            TeamView team = teams.find(teamId).orElseThrow(TeamNotFound::new);
            UUID association = staff.find(actor.id()).map(StaffView::associationId).orElse(null);
            if (!team.associationId().equals(association)) {
                throw new TeamNotFound();
            }
            return;
        }
        boolean member = actor.role().worksWithParticipants() && teams.isMember(actor.id(), teamId);
        if (!member || change && !actor.has(Role.TEAM_LEAD)) {
            throw new TeamNotFound();
        }
    }
}
