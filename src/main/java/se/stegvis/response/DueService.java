package se.stegvis.response;

import se.stegvis.shared.Times;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.audit.AuditService;
import se.stegvis.instrument.InstrumentNotFound;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.participant.ParticipantPathChanged;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.Actor;
import se.stegvis.shared.Ids;
import se.stegvis.team.TeamService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What each participant is asked to fill in, and by when. Path rules ({@link DueRules}) put
 * instruments on the list as the participant's path changes; a coach can add one on request. The
 * participant sees what is open; their coaches see everything (an audited read).
 */
@Singleton
public class DueService {
    static final String DUE_READ = "DUE_LIST_READ";
    static final String DUE_REQUESTED = "DUE_REQUESTED";
    /** The participant's own list shows items due within this many days from today. */
    static final int LOOKAHEAD_DAYS = 7;

    private final DueItemRepository items;
    private final DueFiguresRepository figures;
    private final DueRules rules;
    private final ParticipantService participants;
    private final InstrumentService instruments;
    private final TeamService teams;
    private final AuditService audit;
    private final Ids ids;
    private final Clock clock;

    DueService(DueItemRepository items, DueFiguresRepository figures, DueRules rules, ParticipantService participants,
               InstrumentService instruments, TeamService teams, AuditService audit, Ids ids, Clock clock) {
        this.figures = figures;
        this.instruments = instruments;
        this.teams = teams;
        this.items = items;
        this.rules = rules;
        this.participants = participants;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** An instrument on a participant's list, as other features (submission, the portal) see it. */
    public record Due(UUID id, String instrumentCode, LocalDate dueDate, DueReason reason, boolean answered,
                      @Nullable LocalDate answeredOn) {
        static Due from(DueItem i) {
            return new Due(i.id(), i.instrumentCode(), i.dueDate(), i.reason(), i.answered(), i.answeredOn());
        }
    }

    /** Runs in the participant command's transaction: the list changes with the path, or not at all. */
    @EventListener
    @Transactional
    void onPathChanged(ParticipantPathChanged e) {
        if (e.enrolmentDate() != null) {
            rules.at(DueReason.ENROLMENT).forEach(r -> placeOnce(e.participantId(), r.instrumentCode(), DueReason.ENROLMENT, e.enrolmentDate()));
            for (DueRules.Rule r : rules.at(DueReason.PERIODIC)) {
                Set<LocalDate> wanted = new HashSet<>(DueRules.periodicDates(e.enrolmentDate(), e.exitDate(), r.everyMonths()));
                for (DueItem old : items.findByParticipantIdAndInstrumentCodeAndReason(e.participantId(), r.instrumentCode(), DueReason.PERIODIC)) {
                    // an answered item stays whether or not its date is still wanted, and is never placed twice
                    boolean stillWanted = wanted.remove(old.dueDate());
                    if (!old.answered() && !stillWanted) {
                        items.delete(old);
                    }
                }
                wanted.forEach(d -> insert(e.participantId(), r.instrumentCode(), DueReason.PERIODIC, d, null));
            }
        }
        if (e.exitDate() != null) {
            rules.at(DueReason.EXIT).forEach(r -> placeOnce(e.participantId(), r.instrumentCode(), DueReason.EXIT, e.exitDate()));
        }
    }

    /** The participant's own open items, due within the lookahead, earliest first. */
    public List<Due> openFor(Actor participant) {
        LocalDate horizon = today().plusDays(LOOKAHEAD_DAYS);
        return items.findByParticipantIdAndAnsweredFalseOrderByDueDateAsc(participant.id()).stream()
                .filter(i -> !i.dueDate().isAfter(horizon)).map(Due::from).toList();
    }

    /** Everything on a participant's list, for their coaches; 404 for anyone else. */
    @Transactional
    public List<Due> listFor(Actor staff, UUID participantId) {
        ParticipantView p = participants.accessibleView(staff, participantId);
        audit.record(staff, DUE_READ, p.teamId(), p.id());
        return items.findByParticipantIdOrderByDueDateAsc(p.id()).stream().map(Due::from).toList();
    }

    /** A coach asks for an instrument (e.g. an ORS before today's session); due today unless a date is given. */
    @Transactional
    public Due request(Actor staff, UUID participantId, String instrumentCode, @Nullable LocalDate dueDate) {
        ParticipantView p = participants.accessibleView(staff, participantId);
        LocalDate date = dueDate == null ? today() : dueDate;
        if (date.isBefore(today())) {
            throw new DueDateInPast();
        }
        try {
            instruments.current(teams.get(p.teamId()).associationId(), instrumentCode);
        } catch (InstrumentNotFound e) {
            throw new UnknownInstrument();
        }
        DueItem item = items.findByParticipantIdAndInstrumentCodeAndDueDate(p.id(), instrumentCode, date)
                .orElseGet(() -> insert(p.id(), instrumentCode, DueReason.COACH_REQUEST, date, staff.id()));
        audit.record(staff, DUE_REQUESTED, p.teamId(), p.id(), instrumentCode);
        return Due.from(item);
    }

    /**
     * Marks what an answer given today satisfies, for the submission feature: every open item of that
     * instrument due today or earlier (an answer today is the answer they ask for, so the participant
     * is not asked again for an overdue quarterly ORS after answering the ORS of today's session);
     * when none is, the earliest due within the lookahead. Returns the item the answer was given for:
     * the one due today, else the earliest closed. For anonymous instruments no date is kept
     * ({@code anonymous = true}). Empty when nothing was due. Two statements, however many close.
     */
    @Transactional
    public Optional<Due> markAnswered(UUID participantId, String instrumentCode, boolean anonymous) {
        LocalDate today = today();
        List<DueItem> open = items.findByParticipantIdAndInstrumentCodeAndAnsweredFalseAndDueDateLessThanEqualsOrderByDueDateAsc(
                participantId, instrumentCode, today.plusDays(LOOKAHEAD_DAYS));
        if (open.isEmpty()) {
            return Optional.empty();
        }
        List<DueItem> closing = open.stream().filter(i -> !i.dueDate().isAfter(today)).toList();
        if (closing.isEmpty()) {
            closing = List.of(open.get(0));
        }
        DueItem given = closing.stream().filter(i -> i.dueDate().equals(today)).findFirst().orElse(closing.get(0));
        LocalDate answeredOn = anonymous ? null : today;
        items.markAnswered(closing.stream().map(DueItem::id).toList(), answeredOn);
        return Optional.of(Due.from(given.answeredOn(answeredOn)));
    }

    /**
     * Marks one open item of the participant answered (a coach entered, from paper, the rating a
     * session's item asked for). Empty when the item is not theirs or already answered.
     */
    @Transactional
    public Optional<Due> markAnswered(UUID participantId, UUID dueItemId) {
        return items.findById(dueItemId).filter(i -> i.participantId().equals(participantId) && !i.answered())
                .map(i -> items.update(i.answeredOn(today())))
                .map(Due::from);
    }

    /**
     * How many were offered this instrument in {@code from}..{@code to} (due dates, inclusive, never after
     * today) and have not handed it in, per team and gender of the participant (one per open item): for
     * figures that count everyone asked, not only those who answered. One grouped statement for all the
     * teams; only counts leave here, so nothing is audited.
     */
    public Map<UUID, Map<String, Long>> openByTeamAndGender(String instrumentCode, Collection<UUID> teamIds,
                                                            LocalDate from, LocalDate to) {
        LocalDate until = to.isAfter(today()) ? today() : to;
        if (until.isBefore(from) || teamIds.isEmpty()) {
            return Map.of();
        }
        return figures.openByTeamAndGender(instrumentCode, teamIds, from, until);
    }

    /** Path rules place each instrument once per reason; a moved date moves an unanswered item. */
    private void placeOnce(UUID participantId, String code, DueReason reason, LocalDate date) {
        List<DueItem> existing = items.findByParticipantIdAndInstrumentCodeAndReason(participantId, code, reason);
        if (existing.isEmpty()) {
            insert(participantId, code, reason, date, null);
        } else {
            existing.stream().filter(i -> !i.answered() && !i.dueDate().equals(date))
                    .forEach(i -> items.update(i.dueOn(date)));
        }
    }

    private DueItem insert(UUID participantId, String code, DueReason reason, LocalDate date, @Nullable UUID by) {
        return items.save(new DueItem(ids.newId(), participantId, code, date, reason, by, false, null));
    }

    private LocalDate today() {
        return Times.today(clock);
    }
}
