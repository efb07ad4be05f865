package se.stegvis.screening;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.audit.AuditService;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.instrument.InstrumentVersionView;
import se.stegvis.instrument.ItemDefinition;
import se.stegvis.instrument.Texts;
import se.stegvis.participant.ParticipantNotFound;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.shared.Times;
import se.stegvis.team.TeamService;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reading screenings: only the participant's assigned coaches and the team lead of their team; every
 * read audited. Reading a participant's screenings marks them read, which clears their alert. The
 * participant never reads them back, and no other feature gets the answers: reports get counts only
 * ({@link ScreeningFiguresService}).
 */
@Singleton
public class ScreeningReadService {
    static final String READ = "SCREENING_READ";
    static final String ALERTS_READ = "SCREENING_ALERTS_READ";
    private static final Locale SV = Locale.forLanguageTag("sv");
    private static final Locale EN = Locale.forLanguageTag("en");
    private static final Locale AR = Locale.forLanguageTag("ar");

    private final ScreeningRecordRepository records;
    private final ScreeningVault vault;
    private final ParticipantService participants;
    private final TeamService teams;
    private final InstrumentService instruments;
    private final AuditService audit;
    private final Clock clock;

    ScreeningReadService(ScreeningRecordRepository records, ScreeningVault vault, ParticipantService participants,
                         TeamService teams, InstrumentService instruments, AuditService audit, Clock clock) {
        this.records = records;
        this.vault = vault;
        this.participants = participants;
        this.teams = teams;
        this.instruments = instruments;
        this.audit = audit;
        this.clock = clock;
    }

    /** One answered question: the item's key and text (sv/en/ar) and YES, NO or DECLINED. */
    public record Answer(String key, Texts text, Object answer) {
    }

    /** One screening as a coach reads it; {@code answers} empty when the whole screening was declined. */
    public record Screening(UUID id, String instrumentCode, int version, LocalDateTime submittedAt, boolean declined,
                            boolean urgent, List<Answer> answers) {
    }

    /** A screening not yet read by the participant's coaches; urgent ones first. */
    public record Alert(UUID screeningId, UUID participantId, String participantName, LocalDateTime submittedAt,
                        boolean urgent, List<String> reasons) {
    }

    /** That a screening happened, without its answers: when, which month, declined or not. */
    public record Held(LocalDateTime submittedAt, String period, boolean declined) {
    }

    /**
     * The participant's screenings without their answers, oldest first: for the participant's own copy, where
     * the answers are handed out by the coach at a meeting instead. Nothing is decrypted; not audited here.
     */
    public List<Held> heldAbout(UUID participantId) {
        List<ScreeningRecord> rows = new ArrayList<>(records.findByParticipantIdOrderBySubmittedAtDesc(participantId));
        java.util.Collections.reverse(rows);
        return rows.stream().map(r -> new Held(r.submittedAt(), r.period(), r.declined())).toList();
    }

    /** Whether {@link #ofParticipant} would show this staff member the participant's answers. */
    public boolean mayRead(Actor staff, UUID participantId) {
        return reachable(staff, participantId).isPresent();
    }

    /** The participant's screenings, newest first; 404 for anyone but their coaches and team lead; audited. */
    @Transactional
    public List<Screening> ofParticipant(Actor staff, UUID participantId) {
        ParticipantView p = reachable(staff, participantId).orElseThrow(ParticipantNotFound::new);
        audit.record(staff, READ, p.teamId(), p.id());
        String team = teams.get(p.teamId()).shortName();
        List<Screening> result = new ArrayList<>();
        LocalDateTime now = Times.nowUtc(clock);
        for (ScreeningRecord row : records.findByParticipantIdOrderBySubmittedAtDesc(p.id())) {
            Map<String, Object> answers = vault.open(row);
            InstrumentVersionView v = instruments.version(row.instrumentVersionId());
            List<Answer> items = new ArrayList<>();
            for (ItemDefinition item : v.definition().items()) {
                if (answers.containsKey(item.key())) {
                    items.add(new Answer(item.key(), rendered(item.text(), team), answers.get(item.key())));
                }
            }
            result.add(new Screening(row.id(), v.code(), v.version(), row.submittedAt(), row.declined(),
                    ScreeningItems.urgent(answers), items));
            if (row.readAt() == null) {
                records.update(row.readBy(staff.id(), now));
            }
        }
        return result;
    }

    /**
     * Screenings of the caller's participants (assigned as coach, or all of the team for its team lead)
     * that none of their staff has read yet: urgent first, then newest first. A row that cannot be
     * decrypted is listed as urgent: better a false alarm than a missed one. Audited per participant.
     */
    @Transactional
    public List<Alert> alerts(Actor staff) {
        if (!staff.isStaff() || !staff.role().worksWithParticipants()) {
            return List.of();
        }
        List<UUID> teamIds = teams.teamIdsOf(staff.id());
        if (teamIds.isEmpty()) {
            return List.of();
        }
        List<Alert> alerts = new ArrayList<>();
        Map<UUID, UUID> teamOf = new LinkedHashMap<>();
        for (ScreeningRecord row : records.findByTeamIdInAndReadAtIsNull(teamIds)) {
            Optional<ParticipantView> p = reachable(staff, row.participantId());
            if (p.isEmpty()) {
                continue;
            }
            List<String> reasons;
            try {
                reasons = ScreeningItems.reasons(vault.open(row));
            } catch (ScreeningUnreadable e) {
                reasons = List.of("UNREADABLE");
            }
            teamOf.put(row.participantId(), row.teamId());
            alerts.add(new Alert(row.id(), row.participantId(), p.get().details().displayName(), row.submittedAt(),
                    !reasons.isEmpty(), reasons));
        }
        alerts.sort(Comparator.comparing(Alert::urgent).reversed()
                .thenComparing(Alert::submittedAt, Comparator.reverseOrder()));
        teamOf.forEach((participantId, teamId) -> audit.record(staff, ALERTS_READ, teamId, participantId));
        return alerts;
    }

    /** The participant if the caller is one of their assigned coaches or a team lead of their team. */
    private Optional<ParticipantView> reachable(Actor staff, UUID participantId) {
        ParticipantView p;
        try {
            p = participants.accessibleView(staff, participantId);
        } catch (ParticipantNotFound e) {
            return Optional.empty();
        }
        boolean allowed = staff.has(Role.TEAM_LEAD) || p.coachIds().contains(staff.id());
        return allowed ? Optional.of(p) : Optional.empty();
    }

    private static Texts rendered(Texts t, String team) {
        return new Texts(t.render(SV, team), t.render(EN, team), t.render(AR, team));
    }
}
