package se.stegvis.audit;

import se.stegvis.shared.Times;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.team.StaffService;
import se.stegvis.team.StaffView;
import se.stegvis.team.TeamNotFound;
import se.stegvis.team.TeamService;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Who read or changed what. Rows are appended inside the caller's transaction, so a change and
 * its audit row are saved together or not at all, and a read whose audit row cannot be written
 * fails instead of going unrecorded.
 */
@Singleton
public class AuditService {
    public static final int MAX_LIMIT = 200;

    private final AuditRepository events;
    private final TeamService teams;
    private final StaffService staff;
    private final ParticipantNames participantNames;
    private final Clock clock;
    private final AuditBatchRepository batch;

    AuditService(AuditRepository events, TeamService teams, StaffService staff, ParticipantNames participantNames,
                 Clock clock, AuditBatchRepository batch) {
        this.batch = batch;
        this.events = events;
        this.teams = teams;
        this.staff = staff;
        this.participantNames = participantNames;
        this.clock = clock;
    }

    @Transactional
    public void record(Actor actor, String action, UUID teamId, UUID participantId) {
        record(actor, action, teamId, participantId, null);
    }

    // The one-row form of the batch insert: nobody needs the new row's id, and Micronaut Data's save would ask the
    // driver for the generated key and map the entity (every submission writes one audit row; bench/submit.sh).
    @Transactional
    public void record(Actor actor, String action, UUID teamId, UUID participantId, String detail) {
        batch.insertAll(List.of(new AuditEvent(null, now(), actor.kind(), actor.id(), action, teamId, participantId,
                detail)));
    }

    /**
     * One row per participant: "who has seen my data" must find list reads too. One statement however
     * many participants (a multi-row insert).
     */
    @Transactional
    public void recordEach(Actor actor, String action, UUID teamId, Collection<UUID> participantIds, String detail) {
        LocalDateTime at = now();
        batch.insertAll(participantIds.stream()
                .map(id -> new AuditEvent(null, at, actor.kind(), actor.id(), action, teamId, id, detail))
                .toList());
    }

    /**
     * The team's audit rows, newest first, {@code limit} at most, with ids below {@code before}
     * when given. Only a team lead who is a member of the team may read them.
     */
    @Transactional
    public List<AuditEntry> list(Actor actor, UUID teamId, int limit, Long before) {
        if (!actor.has(Role.TEAM_LEAD) || !teams.isMember(actor.id(), teamId)) {
            throw new TeamNotFound();
        }
        int size = Math.max(1, Math.min(limit, MAX_LIMIT));
        List<AuditEvent> rows = events.findByTeamIdAndIdLessThanOrderByIdDesc(teamId,
                before == null ? Long.MAX_VALUE : before, Pageable.from(0, size));
        Map<UUID, String> participants = new HashMap<>(participantNames.displayNames(rows.stream()
                .map(AuditEvent::participantId).filter(Objects::nonNull).distinct().toList()));
        Map<UUID, String> staffNames = new HashMap<>();
        return rows.stream().map(e -> new AuditEntry(e.id(), e.action(), e.at(), e.actorKind(), e.actorId(),
                actorName(e, staffNames, participants), e.participantId(),
                e.participantId() == null ? null : participants.get(e.participantId()), e.detail())).toList();
    }

    private String actorName(AuditEvent e, Map<UUID, String> staffNames, Map<UUID, String> participants) {
        return switch (e.actorKind()) {
            case STAFF -> staffNames.computeIfAbsent(e.actorId(),
                    id -> staff.find(id).map(StaffView::displayName).orElse(null));
            case PARTICIPANT -> participants.computeIfAbsent(e.actorId(),
                    id -> participantNames.displayNames(List.of(id)).get(id));
        };
    }

    private LocalDateTime now() {
        return Times.nowUtc(clock);
    }
}
