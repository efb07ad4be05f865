package se.stegvis.audit;

import jakarta.inject.Singleton;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.team.StaffService;
import se.stegvis.team.StaffView;
import se.stegvis.team.TeamNotFound;
import se.stegvis.team.TeamService;
import se.stegvis.team.TeamView;

import java.util.List;
import java.util.UUID;

/**
 * Who may review whose reads (ADR 0010). One team: its team leads, and the data protection officers of its
 * association. A whole association: its data protection officers. Anyone else, another team or another
 * association: not found, the same answer as for an id that does not exist.
 */
@Singleton
class ReviewScopes {
    private final StaffService staff;
    private final TeamService teams;

    ReviewScopes(StaffService staff, TeamService teams) {
        this.staff = staff;
        this.teams = teams;
    }

    ReviewScope ofTeam(Actor actor, UUID teamId) {
        StaffView caller = caller(actor).orElseThrow(TeamNotFound::new);
        TeamView team = teams.find(teamId).filter(t -> t.associationId().equals(caller.associationId()))
                .orElseThrow(TeamNotFound::new);
        boolean lead = caller.role() == Role.TEAM_LEAD && teams.isMember(caller.id(), team.id());
        if (!lead && caller.role() != Role.DATA_PROTECTION_OFFICER) {
            throw new TeamNotFound();
        }
        return new ReviewScope(team.associationId(), team.id(), List.of(team.id()), lead);
    }

    ReviewScope ofAssociation(Actor actor, UUID associationId) {
        StaffView caller = caller(actor).filter(s -> s.role() == Role.DATA_PROTECTION_OFFICER)
                .filter(s -> s.associationId().equals(associationId)).orElseThrow(ReviewScopeNotFound::new);
        List<UUID> teamIds = teams.teamsOfAssociation(caller.associationId()).stream().map(TeamView::id).toList();
        return new ReviewScope(caller.associationId(), null, teamIds, false);
    }

    private java.util.Optional<StaffView> caller(Actor actor) {
        if (!actor.isStaff()) {
            return java.util.Optional.empty();
        }
        return staff.find(actor.id()).filter(StaffView::active);
    }
}
