package se.stegvis.response;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.audit.AuditService;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.instrument.InstrumentVersionView;
import se.stegvis.instrument.PrivacyMode;
import se.stegvis.instrument.Texts;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantSummary;
import se.stegvis.security.Actor;
import se.stegvis.shared.Times;
import se.stegvis.team.TeamService;
import se.stegvis.team.TeamView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "Which of my participants have answered": the due lists of everyone a staff member follows in a
 * team, in one read. A coach sees the participants assigned to them, a team lead the whole team;
 * anyone else gets 404 for the team. The number of SQL statements does not grow with the team:
 * participants in one statement, all their due items in one more (an IN list), the instruments'
 * titles per instrument of the association, and the audit rows in one batch.
 */
@Singleton
public class DueOverviewService {
    static final String OVERVIEW_READ = "DUE_OVERVIEW_READ";

    private final ParticipantService participants;
    private final DueItemRepository items;
    private final InstrumentService instruments;
    private final TeamService teams;
    private final AuditService audit;
    private final Clock clock;

    DueOverviewService(ParticipantService participants, DueItemRepository items, InstrumentService instruments,
                       TeamService teams, AuditService audit, Clock clock) {
        this.participants = participants;
        this.items = items;
        this.instruments = instruments;
        this.teams = teams;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One item as the overview shows it. {@code answeredOn} is null for anonymous instruments even
     * when answered: only "has answered" is kept for them (docs/adr/0005-anonymous-answers.md).
     */
    public record Item(UUID id, String instrumentCode, @Nullable Texts title, boolean anonymous, LocalDate dueDate,
                       DueStatus status, @Nullable LocalDate answeredOn) {
    }

    /** One participant and their items, earliest due first. */
    public record Row(ParticipantSummary participant, List<Item> items) {
    }

    @Transactional
    public List<Row> overview(Actor staff, UUID teamId) {
        List<ParticipantSummary> people = participants.caseload(staff, teamId);
        if (people.isEmpty()) {
            return List.of();
        }
        TeamView team = teams.get(teamId);
        Map<String, InstrumentVersionView> current = new HashMap<>();
        instruments.list(team.associationId()).forEach(v -> current.put(v.code(), v));
        Map<UUID, List<Item>> byParticipant = new HashMap<>();
        LocalDate today = Times.today(clock);
        for (DueItem i : items.findByParticipantIdInOrderByDueDateAsc(people.stream().map(ParticipantSummary::id)
                .toList())) {
            InstrumentVersionView v = current.get(i.instrumentCode());
            byParticipant.computeIfAbsent(i.participantId(), k -> new ArrayList<>()).add(new Item(i.id(),
                    i.instrumentCode(), v == null ? null : Wording.rendered(v.definition().title(), team.shortName()),
                    v != null && v.privacyMode() == PrivacyMode.ANONYMOUS, i.dueDate(), status(i, today),
                    i.answeredOn()));
        }
        audit.recordEach(staff, OVERVIEW_READ, teamId, people.stream().map(ParticipantSummary::id).toList(), null);
        return people.stream().map(p -> new Row(p, byParticipant.getOrDefault(p.id(), List.of()))).toList();
    }

    static DueStatus status(DueItem i, LocalDate today) {
        if (i.answered()) {
            return DueStatus.ANSWERED;
        }
        if (i.dueDate().isBefore(today)) {
            return DueStatus.OVERDUE;
        }
        return i.dueDate().isAfter(today.plusDays(DueService.LOOKAHEAD_DAYS)) ? DueStatus.UPCOMING : DueStatus.DUE;
    }
}
