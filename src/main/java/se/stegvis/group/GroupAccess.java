package se.stegvis.group;

import jakarta.inject.Singleton;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.Actor;
import se.stegvis.team.TeamNotFound;
import se.stegvis.team.TeamService;

import java.util.UUID;

/**
 * Who reaches what in the group feature: staff who work with participants reach their own teams'
 * activities (404 for any other), a participant reaches their own team's activities only.
 */
@Singleton
class GroupAccess {
    private final TeamService teams;
    private final ParticipantService participants;
    private final ActivityRepository activities;

    GroupAccess(TeamService teams, ParticipantService participants, ActivityRepository activities) {
        this.teams = teams;
        this.participants = participants;
        this.activities = activities;
    }

    /** The team id when the actor is staff of it; {@link TeamNotFound} otherwise. */
    UUID staffTeam(Actor actor, UUID teamId) {
        if (!isStaffOf(actor, teamId)) {
            throw new TeamNotFound();
        }
        return teamId;
    }

    Activity staffActivity(Actor actor, UUID activityId) {
        Activity a = activities.findById(activityId).orElseThrow(ActivityNotFound::new);
        if (!isStaffOf(actor, a.teamId())) {
            throw new ActivityNotFound();
        }
        return a;
    }

    /** The participant's own record (404 for staff). */
    ParticipantView participant(Actor actor) {
        return participants.own(actor);
    }

    /** An activity of the participant's team; {@link ActivityNotFound} for any other. */
    Activity participantActivity(ParticipantView p, UUID activityId) {
        Activity a = activities.findById(activityId).orElseThrow(ActivityNotFound::new);
        if (!a.teamId().equals(p.teamId())) {
            throw new ActivityNotFound();
        }
        return a;
    }

    boolean isStaffOf(Actor actor, UUID teamId) {
        return actor.isStaff() && actor.role().worksWithParticipants() && teams.isMember(actor.id(), teamId);
    }
}
