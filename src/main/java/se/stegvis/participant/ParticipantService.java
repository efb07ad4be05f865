package se.stegvis.participant;

import se.stegvis.shared.Times;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.audit.AuditService;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.shared.DomainException.FieldProblem;
import se.stegvis.shared.Ids;
import se.stegvis.team.StaffService;
import se.stegvis.team.StaffView;
import se.stegvis.team.TeamNotFound;
import se.stegvis.team.TeamService;
import se.stegvis.team.TeamView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Participants of a team: enrolment, path, exit and background variables. Only coaches and team
 * leads who are members of the participant's team see or change a participant; to everyone else
 * the participant does not exist (404). Every command runs in one transaction together with its
 * audit row; every read is audited.
 */
@Singleton
public class ParticipantService {
    static final String CREATED = "PARTICIPANT_CREATED";
    static final String READ = "PARTICIPANT_READ";
    static final String LISTED = "PARTICIPANT_LISTED";
    static final String UPDATED = "PARTICIPANT_UPDATED";
    static final String EXITED = "PARTICIPANT_EXITED";
    static final String COACHES_CHANGED = "PARTICIPANT_COACHES_CHANGED";
    static final String BACKGROUND_HISTORY_READ = "PARTICIPANT_BACKGROUND_HISTORY_READ";

    private final ParticipantRepository participants;
    private final ParticipantBriefRepository briefs;
    private final TeamService teams;
    private final StaffService staff;
    private final AuditService audit;
    private final Ids ids;
    private final Clock clock;
    private final ApplicationEventPublisher<ParticipantPathChanged> pathEvents;
    private final ApplicationEventPublisher<GenderOrBirthYearCorrected> corrections;
    private final BackgroundHistory history;

    ParticipantService(ParticipantRepository participants, ParticipantBriefRepository briefs, TeamService teams,
                       StaffService staff, AuditService audit, Ids ids, Clock clock,
                       ApplicationEventPublisher<ParticipantPathChanged> pathEvents,
                       ApplicationEventPublisher<GenderOrBirthYearCorrected> corrections, BackgroundHistory history) {
        this.pathEvents = pathEvents;
        this.corrections = corrections;
        this.history = history;
        this.participants = participants;
        this.briefs = briefs;
        this.teams = teams;
        this.staff = staff;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Records a new participant in the team. Without {@code coachIds} the creating staff member
     * becomes the coach. A null trial end with an enrolment date gets the team's trial period.
     */
    @Transactional
    public ParticipantView create(Actor actor, UUID teamId, ParticipantDetails details, @Nullable List<UUID> coachIds) {
        TeamView team = teamOf(actor, teamId);
        ParticipantDetails d = withDefaultTrialEnd(normalised(details), team);
        check(d, Set.of());
        List<UUID> coaches = coachIds == null ? List.of(actor.id()) : checkedCoaches(team.id(), coachIds);
        LocalDateTime now = now();
        PathDates p = d.path();
        Participant row = participants.save(new Participant(ids.newId(), team.id(), d.displayName(), d.gender(),
                d.birthYear(), d.education(), d.yearsInSupport(), d.incomeBefore(), d.referrer(),
                d.homeMunicipality(), p.referralDate(), p.studyVisitDate(), p.queueDate(), p.enrolmentDate(),
                p.trialEndDate(), null, null, d.preferredLanguage(), now, now, 0));
        coaches.forEach(c -> participants.addCoach(row.id(), c));
        audit.record(actor, CREATED, team.id(), row.id());
        publishPath(row);
        return view(row);
    }

    /** The participants of a team, optionally only those at one stage; audited one row per participant. */
    @Transactional
    public List<ParticipantView> list(Actor actor, UUID teamId, @Nullable PathStage stage) {
        TeamView team = teamOf(actor, teamId);
        List<ParticipantView> found = participants.findByTeamIdOrderByDisplayName(team.id()).stream()
                .map(this::view).filter(v -> stage == null || v.stage() == stage).toList();
        audit.recordEach(actor, LISTED, team.id(), found.stream().map(ParticipantView::id).toList(),
                stage == null ? null : "stage=" + stage);
        return found;
    }

    /**
     * The participants a staff member follows in a team: a coach those assigned to them, a team lead
     * the whole team; by name. Two statements whatever the team size (membership, participants) and
     * nothing per participant, so overviews built on it stay constant too. Not audited here: the
     * calling feature records its read with what it showed ({@link AuditService#recordEach}).
     */
    public List<ParticipantSummary> caseload(Actor actor, UUID teamId) {
        TeamView team = teamOf(actor, teamId);
        List<Participant> rows = actor.has(Role.TEAM_LEAD) ? participants.findByTeamIdOrderByDisplayName(team.id())
                : participants.findByTeamIdCoachedBy(team.id(), actor.id());
        return summarised(rows);
    }

    @Transactional
    public ParticipantView get(Actor actor, UUID participantId) {
        Participant p = accessible(actor, participantId);
        audit.record(actor, READ, p.teamId(), p.id());
        return view(p);
    }

    /**
     * Changes background variables and path dates; {@code version} must be the one last read. Every changed
     * background variable gets a history row (who, when, {@code reason}) in this transaction, so a correction
     * that changes report figures can be traced; the name and path dates get none. A changed gender or birth year
     * is published ({@link GenderOrBirthYearCorrected}) for the rows other features keep by them.
     */
    @Transactional
    public ParticipantView update(Actor actor, UUID participantId, ParticipantDetails details, int version,
                                  @Nullable String reason) {
        Participant p = accessible(actor, participantId);
        if (p.version() != version) {
            throw new ParticipantChanged();
        }
        ParticipantDetails d = withDefaultTrialEnd(normalised(details), teams.get(p.teamId()));
        d = new ParticipantDetails(d.displayName(), d.gender(), d.birthYear(), d.education(), d.yearsInSupport(),
                d.incomeBefore(), d.referrer(), d.homeMunicipality(), d.preferredLanguage(),
                d.path().withExit(p.exitDate()));
        check(d, outcomesOf(p.id()));
        LocalDateTime now = now();
        Participant saved = save(p.with(d, now, version));
        List<String> corrected = history.record(actor, p, saved, reason, now);
        if (saved.gender() != p.gender() || saved.birthYear() != p.birthYear()) {
            corrections.publishEvent(new GenderOrBirthYearCorrected(saved.id(), saved.gender(), saved.birthYear()));
        }
        audit.record(actor, UPDATED, p.teamId(), p.id(), corrected.isEmpty() ? null
                : "background=" + String.join(",", corrected));
        publishPath(saved);
        return view(saved);
    }

    /** The corrections of the participant's background variables, newest first; audited as a record read. */
    @Transactional
    public List<BackgroundChangeView> backgroundHistory(Actor actor, UUID participantId) {
        Participant p = accessible(actor, participantId);
        audit.record(actor, BACKGROUND_HISTORY_READ, p.teamId(), p.id());
        return history.of(p.id());
    }

    /**
     * Ends the participant's path. {@code version}, when given, must be the one last read. Setting the income
     * after here is the first recording, not a correction: no history row.
     */
    @Transactional
    public ParticipantView exit(Actor actor, UUID participantId, LocalDate exitDate, Collection<Outcome> outcomes,
                                @Nullable IncomeSource incomeAfter, @Nullable Integer version) {
        Participant p = accessible(actor, participantId);
        if (version != null && p.version() != version) {
            throw new ParticipantChanged();
        }
        if (p.exitDate() != null) {
            throw ImpossiblePath.of("exitDate", "participant.exit.already");
        }
        Set<Outcome> chosen = outcomes == null || outcomes.isEmpty() ? Set.of() : EnumSet.copyOf(outcomes);
        ParticipantDetails d = details(p);
        check(new ParticipantDetails(d.displayName(), d.gender(), d.birthYear(), d.education(), d.yearsInSupport(),
                d.incomeBefore(), d.referrer(), d.homeMunicipality(), d.preferredLanguage(),
                d.path().withExit(exitDate)), chosen);
        Participant saved = save(p.exited(exitDate, incomeAfter, now(), p.version()));
        chosen.forEach(o -> participants.addOutcome(p.id(), o.name()));
        participants.setExitOutcomes(p.id(), ExitOutcomes.encode(chosen));
        audit.record(actor, EXITED, p.teamId(), p.id(), "outcomes=" + chosen);
        publishPath(saved);
        return view(saved);
    }

    /** Replaces the participant's coaches; each must be a coach or team lead of the participant's team. */
    @Transactional
    public ParticipantView setCoaches(Actor actor, UUID participantId, List<UUID> coachIds) {
        Participant p = accessible(actor, participantId);
        List<UUID> coaches = checkedCoaches(p.teamId(), coachIds);
        participants.removeCoaches(p.id());
        coaches.forEach(c -> participants.addCoach(p.id(), c));
        Participant saved = save(p.touched(now()));
        audit.record(actor, COACHES_CHANGED, p.teamId(), p.id());
        return view(saved);
    }

    /**
     * The logged-in participant's own record, for features that act on their behalf (answering):
     * not audited here, the calling feature records what it does. Anyone but a participant gets 404.
     */
    public ParticipantView own(Actor participant) {
        if (!participant.isParticipant()) {
            throw new ParticipantNotFound();
        }
        return participants.findById(participant.id()).map(this::view).orElseThrow(ParticipantNotFound::new);
    }

    /**
     * The logged-in participant in brief (id, team, stage, gender, birth year): one statement, for a
     * participant's own request that needs no more (answering, opening a session); {@link #own} also
     * reads outcomes and coaches. Not audited here. Anyone but a participant gets 404.
     */
    public ParticipantSummary ownSummary(Actor participant) {
        if (!participant.isParticipant()) {
            throw new ParticipantNotFound();
        }
        return briefs.findById(participant.id()).map(p -> p.summary(Times.today(clock)))
                .orElseThrow(ParticipantNotFound::new);
    }

    /**
     * The participant, if the actor works with participants and is a member of its team;
     * otherwise {@link ParticipantNotFound}. For other features (invitations, responses).
     */
    public ParticipantView accessibleView(Actor actor, UUID participantId) {
        return view(accessible(actor, participantId));
    }

    /**
     * The participant in brief, with the same access rule as {@link #accessibleView}; two statements
     * (participant, membership) instead of a full view's four. Not audited: the caller records its read.
     */
    public ParticipantSummary accessibleSummary(Actor actor, UUID participantId) {
        return ParticipantSummary.of(accessible(actor, participantId), Times.today(clock));
    }

    /** The participants the staff member is a coach of, by name; one statement. Not audited here. */
    public List<ParticipantSummary> ownCaseload(Actor actor) {
        if (!actor.isStaff() || !actor.role().worksWithParticipants()) {
            return List.of();
        }
        return summarised(participants.findByCoach(actor.id()));
    }

    /** All participants of a team, for a coach or team lead of that team; not audited here. */
    public List<ParticipantSummary> teamCaseload(Actor actor, UUID teamId) {
        return summarised(participants.findByTeamIdOrderByDisplayName(teamOf(actor, teamId).id()));
    }

    /** Gender, birth year and team of participants, for aggregates that never show a person; one statement. */
    public List<ParticipantSummary> summaries(Collection<UUID> participantIds) {
        return participantIds.isEmpty() ? List.of() : summarised(participants.findByIdIn(participantIds));
    }

    private List<ParticipantSummary> summarised(List<Participant> rows) {
        LocalDate today = Times.today(clock);
        return rows.stream().map(p -> ParticipantSummary.of(p, today)).toList();
    }

    Participant accessible(Actor actor, UUID participantId) {
        if (!actor.isStaff() || !actor.role().worksWithParticipants()) {
            throw new ParticipantNotFound();
        }
        Participant p = participants.findIdentifiedById(participantId).orElseThrow(ParticipantNotFound::new);
        if (!teams.isMember(actor.id(), p.teamId())) {
            throw new ParticipantNotFound();
        }
        return p;
    }

    private TeamView teamOf(Actor actor, UUID teamId) {
        if (!actor.isStaff() || !actor.role().worksWithParticipants() || !teams.isMember(actor.id(), teamId)) {
            throw new TeamNotFound();
        }
        return teams.get(teamId);
    }

    private List<UUID> checkedCoaches(UUID teamId, List<UUID> coachIds) {
        List<UUID> unique = new ArrayList<>(new LinkedHashSet<>(coachIds));
        for (UUID id : unique) {
            boolean ok = id != null && teams.isMember(id, teamId) && staff.find(id)
                    .filter(StaffView::active).map(s -> s.role().worksWithParticipants()).orElse(false);
            if (!ok) {
                throw ImpossiblePath.of("staffIds", "participant.coach.not-in-team");
            }
        }
        return unique;
    }

    private void publishPath(Participant p) {
        pathEvents.publishEvent(new ParticipantPathChanged(p.id(), p.teamId(), p.enrolmentDate(), p.exitDate()));
    }

    private void check(ParticipantDetails d, Set<Outcome> outcomes) {
        List<FieldProblem> problems = PathRules.check(d, outcomes, Times.today(clock));
        if (!problems.isEmpty()) {
            throw new ImpossiblePath(problems);
        }
    }

    private Participant save(Participant p) {
        try {
            return participants.update(p);
        } catch (OptimisticLockException e) {
            throw new ParticipantChanged();
        }
    }

    private static ParticipantDetails normalised(ParticipantDetails d) {
        return new ParticipantDetails(d.displayName().strip(), d.gender(), d.birthYear(), d.education(),
                d.yearsInSupport(), d.incomeBefore(), d.referrer(), d.homeMunicipality().strip(),
                d.preferredLanguage() == null ? "sv" : d.preferredLanguage(), d.path());
    }

    private static ParticipantDetails withDefaultTrialEnd(ParticipantDetails d, TeamView team) {
        PathDates p = d.path();
        if (p.enrolmentDate() == null || p.trialEndDate() != null) {
            return d;
        }
        return new ParticipantDetails(d.displayName(), d.gender(), d.birthYear(), d.education(), d.yearsInSupport(),
                d.incomeBefore(), d.referrer(), d.homeMunicipality(), d.preferredLanguage(),
                p.withTrialEnd(p.enrolmentDate().plusMonths(team.trialPeriodMonths())));
    }

    private Set<Outcome> outcomesOf(UUID participantId) {
        List<String> stored = participants.outcomesOf(participantId);
        Set<Outcome> result = EnumSet.noneOf(Outcome.class);
        stored.forEach(o -> result.add(Outcome.valueOf(o)));
        return result;
    }

    private static ParticipantDetails details(Participant p) {
        return new ParticipantDetails(p.displayName(), p.gender(), p.birthYear(), p.education(), p.yearsInSupport(),
                p.incomeBefore(), p.referrer(), p.homeMunicipality(), p.preferredLanguage(), p.path());
    }

    ParticipantView view(Participant p) {
        return new ParticipantView(p.id(), p.teamId(), details(p), PathStage.of(p.path(), Times.today(clock)),
                List.copyOf(outcomesOf(p.id())), p.incomeAfter(), participants.coachIdsOf(p.id()), p.version());
    }

    private LocalDateTime now() {
        return Times.nowUtc(clock);
    }
}
