package se.stegvis.group;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.stegvis.audit.AuditService;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.Actor;
import se.stegvis.shared.Ids;
import se.stegvis.shared.Times;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Interest registration (today a paper on the wall): staff propose an activity with a threshold,
 * participants of the team say they are interested (or not any more), staff see the count and turn
 * the proposal into an activity. Everyone who registered is then invited: the proposal on their
 * list points at the new activity, where they can book.
 */
@Singleton
class ProposalService {
    static final int MAX_THRESHOLD = 100;
    static final String INTEREST = "GROUP_INTEREST_CHANGED";

    private final ProposalRepository proposals;
    private final ActivityService activities;
    private final GroupAccess access;
    private final AuditService audit;
    private final Ids ids;
    private final Clock clock;

    ProposalService(ProposalRepository proposals, ActivityService activities, GroupAccess access, AuditService audit,
                    Ids ids, Clock clock) {
        this.proposals = proposals;
        this.activities = activities;
        this.access = access;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** A proposal with how many registered and, for a participant, whether they did. */
    record ProposalView(Proposal proposal, long interested, boolean mine) {
    }

    @Transactional
    ProposalView propose(Actor staff, UUID teamId, ActivityType type, Texts title, int threshold) {
        access.staffTeam(staff, teamId);
        Texts t = title == null ? Texts.EMPTY : title.stripped();
        if (type == null) {
            throw ActivityInvalid.of("type", "group.type.required");
        }
        if (t.sv() == null) {
            throw ActivityInvalid.of("title.sv", "group.title.required");
        }
        if (threshold < 1 || threshold > MAX_THRESHOLD) {
            throw ActivityInvalid.of("threshold", "group.proposal.threshold", 1, MAX_THRESHOLD);
        }
        Proposal p = proposals.save(new Proposal(ids.newId(), teamId, type, t.sv(), t.en(), t.ar(), threshold, null,
                staff.id(), Times.nowUtc(clock)));
        return new ProposalView(p, 0, false);
    }

    List<ProposalView> forTeam(Actor staff, UUID teamId) {
        return proposals.findByTeamIdOrderByCreatedAtDesc(access.staffTeam(staff, teamId)).stream()
                .map(p -> new ProposalView(p, proposals.countInterest(p.id()), false)).toList();
    }

    /** The team's open proposals, and started ones the participant registered for (their invitation). */
    List<ProposalView> forParticipant(Actor participant) {
        ParticipantView me = access.participant(participant);
        return proposals.findByTeamIdOrderByCreatedAtDesc(me.teamId()).stream()
                .map(p -> new ProposalView(p, proposals.countInterest(p.id()),
                        proposals.countInterestOf(p.id(), me.id()) > 0))
                .filter(v -> v.proposal().activityId() == null || v.mine()).toList();
    }

    /** Registers or withdraws interest; doing it twice changes nothing. */
    @Transactional
    ProposalView interest(Actor participant, UUID proposalId, boolean interested) {
        ParticipantView me = access.participant(participant);
        Proposal p = proposals.findById(proposalId).filter(x -> x.teamId().equals(me.teamId()))
                .orElseThrow(ProposalNotFound::new);
        boolean registered = proposals.countInterestOf(p.id(), me.id()) > 0;
        if (interested && !registered) {
            if (p.activityId() != null) {
                throw new ProposalAlreadyStarted();
            }
            try {
                proposals.addInterest(p.id(), me.id());
            } catch (DataAccessException concurrentDuplicate) {
                // The same person pressed twice at once: the first insert stands.
            }
        } else if (!interested && registered) {
            proposals.removeInterest(p.id(), me.id());
        }
        audit.record(participant, INTEREST, me.teamId(), me.id(), p.id() + " " + interested);
        return new ProposalView(p, proposals.countInterest(p.id()), interested);
    }

    /** Turns the proposal into an activity; those who registered find it on their list. */
    @Transactional
    ActivityView start(Actor staff, UUID proposalId, ActivityDraft draft) {
        Proposal p = proposals.findById(proposalId).filter(x -> access.isStaffOf(staff, x.teamId()))
                .orElseThrow(ProposalNotFound::new);
        if (p.activityId() != null) {
            throw new ProposalAlreadyStarted();
        }
        ActivityView created = activities.create(staff, p.teamId(), draft);
        proposals.update(p.started(created.activity().id()));
        return created;
    }
}
