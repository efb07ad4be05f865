package se.stegvis.fit;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.audit.AuditService;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantSummary;
import se.stegvis.security.Actor;
import se.stegvis.shared.Ids;
import se.stegvis.shared.Times;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Alerts for coaches, stored so that each can be acknowledged with a note. Raised when a rating
 * arrives ({@link #refresh}) and, for sessions whose ratings never came, when the list is read
 * (the "missing ratings" sweep looks only at the settings' recent window). A coach sees the
 * alerts of their own participants, a team lead those of a team; reads and acknowledgements are
 * audited, one row per participant shown.
 */
@Singleton
public class AlertService {
    static final String READ = "FIT_ALERTS_READ";
    static final String ACKNOWLEDGED = "FIT_ALERT_ACKNOWLEDGED";

    private final AlertRepository alerts;
    private final AlertBatchRepository batch;
    private final HistoryRepository histories;
    private final FitSettingsService settings;
    private final ParticipantService participants;
    private final AuditService audit;
    private final Ids ids;
    private final Clock clock;

    AlertService(AlertRepository alerts, AlertBatchRepository batch, HistoryRepository histories, FitSettingsService settings,
                 ParticipantService participants, AuditService audit, Ids ids, Clock clock) {
        this.alerts = alerts;
        this.batch = batch;
        this.histories = histories;
        this.settings = settings;
        this.participants = participants;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** An open alert with the participant's name, for the list. */
    public record OpenAlert(UUID id, UUID participantId, String participantName, UUID teamId, UUID sessionId,
                            AlertKind kind, @Nullable String detail, LocalDateTime raisedAt) {
    }

    /**
     * After a rating arrived: raises the rating alerts the participant's whole history calls for and
     * that are not stored yet, and withdraws open "missing ratings" alerts of sessions now complete.
     * Missing ratings themselves are raised only by the list's sweep: a session whose SRS is still to
     * come when its ORS arrives is not missing anything yet.
     */
    @Transactional
    void refresh(UUID participantId, UUID teamId) {
        Histories.History h = Histories.of(participantId, histories.ofParticipant(participantId));
        List<FitAlert> existing = alerts.findByParticipantId(participantId);
        Set<UUID> complete = h.points().stream().filter(p -> p.ors() != null && p.srs() != null)
                .map(SessionPoint::sessionId).collect(Collectors.toSet());
        List<FitAlert> withdrawn = existing.stream().filter(a -> a.kind() == AlertKind.MISSING_RATINGS
                && a.acknowledgedAt() == null && complete.contains(a.sessionId())).toList();
        if (!withdrawn.isEmpty()) {
            alerts.deleteAll(withdrawn);
        }
        store(participantId, teamId, AlertRules.evaluate(settings.of(teamId), h.points(), today()).stream()
                .filter(r -> r.kind() != AlertKind.MISSING_RATINGS).toList(), existing);
    }

    /** The open alerts of the caller's own participants (those they are a coach of). */
    @Transactional
    public List<OpenAlert> own(Actor actor) {
        return list(actor, participants.ownCaseload(actor));
    }

    /** The open alerts of a team's participants, for a coach or team lead of that team. */
    @Transactional
    public List<OpenAlert> ofTeam(Actor actor, UUID teamId) {
        return list(actor, participants.teamCaseload(actor, teamId));
    }

    /** Closes an open alert with the coach's note; audited. */
    @Transactional
    public void acknowledge(Actor actor, UUID alertId, String note) {
        FitAlert a = alerts.findById(alertId).orElseThrow(AlertNotFound::new);
        try {
            participants.accessibleSummary(actor, a.participantId());
        } catch (se.stegvis.participant.ParticipantNotFound e) {
            throw new AlertNotFound();
        }
        if (a.acknowledgedAt() == null) {
            alerts.update(a.acknowledged(actor.id(), note.strip(), Times.nowUtc(clock)));
        }
        audit.record(actor, ACKNOWLEDGED, a.teamId(), a.participantId(), a.kind().name());
    }

    /**
     * Constant statements whatever the number of participants: the caseload (by the caller), team
     * settings, one history read of the recent window, at most one multi-row insert of new alerts, the open
     * alerts, one multi-row insert of audit rows.
     */
    private List<OpenAlert> list(Actor actor, List<ParticipantSummary> caseload) {
        if (caseload.isEmpty()) {
            return List.of();
        }
        Map<UUID, ParticipantSummary> byId = caseload.stream()
                .collect(Collectors.toMap(ParticipantSummary::id, Function.identity()));
        Map<UUID, FitSettings> teamSettings = settings.of(caseload.stream().map(ParticipantSummary::teamId)
                .collect(Collectors.toSet()));
        int window = teamSettings.values().stream().mapToInt(FitSettings::missingWindowDays).max().orElse(0);
        List<FitAlert> open = new ArrayList<>(alerts.findByParticipantIdInAndAcknowledgedAtIsNull(byId.keySet()));
        open.addAll(sweepMissing(byId, teamSettings, window, open));
        List<OpenAlert> result = open.stream()
                .sorted(Comparator.comparing(FitAlert::raisedAt).reversed().thenComparing(FitAlert::id))
                .map(a -> new OpenAlert(a.id(), a.participantId(), byId.get(a.participantId()).displayName(),
                        a.teamId(), a.sessionId(), a.kind(), a.detail(), a.raisedAt())).toList();
        Map<UUID, List<UUID>> shownByTeam = result.stream().map(OpenAlert::participantId).distinct()
                .collect(Collectors.groupingBy(p -> byId.get(p).teamId()));
        shownByTeam.forEach((team, shown) -> audit.recordEach(actor, READ, team, shown, null));
        return result;
    }

    /**
     * Missing ratings of recent sessions. Only sessions in the window are read; sessions already
     * alerted (open or acknowledged) are skipped by the unique key check below.
     */
    private List<FitAlert> sweepMissing(Map<UUID, ParticipantSummary> byId, Map<UUID, FitSettings> teamSettings,
                                        int window, List<FitAlert> open) {
        LocalDate today = today();
        Set<String> known = new HashSet<>();
        open.forEach(a -> known.add(key(a.participantId(), a.sessionId(), a.kind())));
        List<FitAlert> fresh = new ArrayList<>();
        Histories.assemble(histories.ofParticipants(byId.keySet(), today.minusDays(window))).values().forEach(h -> {
            ParticipantSummary p = byId.get(h.participantId());
            FitSettings s = teamSettings.get(p.teamId());
            h.points().forEach(point -> AlertRules.missing(s, point, today).ifPresent(r -> {
                if (known.add(key(p.id(), r.sessionId(), r.kind()))) {
                    fresh.add(alert(p.id(), p.teamId(), r));
                }
            }));
        });
        if (fresh.isEmpty()) {
            return List.of();
        }
        // Acknowledged alerts are not in "open": keep only those never stored (one statement).
        Set<String> stored = new HashSet<>();
        alerts.findBySessionIdInAndKind(fresh.stream().map(FitAlert::sessionId).collect(Collectors.toSet()),
                AlertKind.MISSING_RATINGS).forEach(a -> stored.add(key(a.participantId(), a.sessionId(), a.kind())));
        List<FitAlert> toStore = fresh.stream()
                .filter(a -> !stored.contains(key(a.participantId(), a.sessionId(), a.kind()))).toList();
        if (!toStore.isEmpty()) {
            batch.insertAll(toStore);
        }
        return toStore;
    }

    private void store(UUID participantId, UUID teamId, List<AlertRules.Raised> raised, List<FitAlert> existing) {
        Set<String> known = new HashSet<>();
        existing.forEach(a -> known.add(key(a.participantId(), a.sessionId(), a.kind())));
        List<FitAlert> fresh = raised.stream().filter(r -> known.add(key(participantId, r.sessionId(), r.kind())))
                .map(r -> alert(participantId, teamId, r)).toList();
        if (!fresh.isEmpty()) {
            batch.insertAll(fresh);
        }
    }

    private FitAlert alert(UUID participantId, UUID teamId, AlertRules.Raised r) {
        return new FitAlert(ids.newId(), participantId, teamId, r.sessionId(), r.kind(), r.detail(),
                Times.nowUtc(clock), null, null, null);
    }

    private static String key(UUID participantId, UUID sessionId, AlertKind kind) {
        return participantId + ":" + sessionId + ":" + kind;
    }

    private LocalDate today() {
        return Times.today(clock);
    }
}
