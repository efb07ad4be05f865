package se.stegvis.fit;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.audit.AuditService;
import se.stegvis.participant.ParticipantNotFound;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantSummary;
import se.stegvis.response.DueService;
import se.stegvis.security.Actor;
import se.stegvis.shared.Ids;
import se.stegvis.shared.Times;
import se.stegvis.team.StaffService;
import se.stegvis.team.StaffView;
import se.stegvis.team.TeamNotFound;
import se.stegvis.team.TeamService;
import se.stegvis.team.TeamView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Sessions: a coach records a meeting (individual, or a group with several attendees). For a
 * session today or later, ORS and the session's SRS go on each attendee's due list for that day, so
 * the portal home shows them; a session in the past expects paper ratings. Only staff of the
 * session's team (coaches, team leads) see or change a session; to others it does not exist.
 */
@Singleton
public class SessionService {
    static final String RECORDED = "FIT_SESSION_RECORDED";
    static final String READ = "FIT_SESSION_READ";
    static final String GROUP_READ = "FIT_GROUP_SUMMARY_READ";
    /** How far ahead a session may be booked. */
    static final int MAX_DAYS_AHEAD = 90;
    static final int MAX_TITLE = 120;
    static final int MAX_ATTENDEES = 40;
    static final String CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
    static final int CODE_LENGTH = 6;
    private final java.security.SecureRandom random = new java.security.SecureRandom();

    private final SessionRepository sessions;
    private final AttendanceRepository attendance;
    private final RatingRepository ratings;
    private final ParticipantService participants;
    private final TeamService teams;
    private final StaffService staff;
    private final DueService due;
    private final AuditService audit;
    private final Ids ids;
    private final Clock clock;
    private final FitSettingsService fitSettings;

    SessionService(SessionRepository sessions, AttendanceRepository attendance, RatingRepository ratings,
                   ParticipantService participants, TeamService teams, StaffService staff, DueService due,
                   AuditService audit, Ids ids, Clock clock, FitSettingsService fitSettings) {
        this.fitSettings = fitSettings;
        this.sessions = sessions;
        this.attendance = attendance;
        this.ratings = ratings;
        this.participants = participants;
        this.teams = teams;
        this.staff = staff;
        this.due = due;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** What a coach records. {@code coachId} null means the caller held it. */
    public record NewSession(SessionKind kind, LocalDate heldOn, @Nullable UUID coachId, List<UUID> participantIds,
                             @Nullable String title) {
    }

    /** One attendee: whether their ORS and SRS for the session are in. */
    public record Attendee(UUID participantId, String displayName, boolean orsGiven, boolean srsGiven) {
    }

    /** A session as staff see it. */
    public record SessionView(UUID id, UUID teamId, SessionKind kind, LocalDate heldOn, UUID coachId,
                              @Nullable String title, @Nullable String code, List<Attendee> attendees) {
    }

    /** What the participant opens next for a session code: ORS, then the session's SRS, then nothing. */
    public record Opened(UUID sessionId, LocalDate heldOn, SessionKind kind, @Nullable String next) {
    }

    /**
     * A participant types the code the coach shows: the session held today that they attend, and the
     * form to open next. Any other code, day or person is {@link SessionNotFound}.
     */
    @Transactional
    public Opened open(Actor participant, String code) {
        UUID me = participants.ownSummary(participant).id();
        FitSession s = sessions.findByCodeAndHeldOn(code.strip().toUpperCase(java.util.Locale.ROOT),
                Times.today(clock)).orElseThrow(SessionNotFound::new);
        if (attendance.findBySessionId(s.id()).stream().noneMatch(a -> a.participantId().equals(me))) {
            throw new SessionNotFound();
        }
        List<Rating> mine = ratings.findBySessionId(s.id()).stream().filter(r -> r.participantId().equals(me)).toList();
        boolean ors = mine.stream().anyMatch(r -> r.instrumentCode().equals(FitRatings.ORS));
        boolean srs = mine.stream().anyMatch(r -> r.instrumentCode().equals(s.kind().srsCode()));
        return new Opened(s.id(), s.heldOn(), s.kind(), !ors ? FitRatings.ORS : !srs ? s.kind().srsCode() : null);
    }

    /** Six characters without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), unique on the day. */
    private String freshCode(LocalDate day) {
        String code;
        do {
            StringBuilder b = new StringBuilder(CODE_LENGTH);
            for (int i = 0; i < CODE_LENGTH; i++) {
                b.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            code = b.toString();
        } while (sessions.existsByCodeAndHeldOn(code, day));
        return code;
    }

    @Transactional
    public SessionView record(Actor actor, UUID teamId, NewSession s) {
        TeamView team = teamOf(actor, teamId);
        LocalDate today = Times.today(clock);
        if (s.heldOn().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new InvalidSession("heldOn", "fit.session.too-far-ahead", MAX_DAYS_AHEAD);
        }
        List<UUID> attendees = new ArrayList<>(new LinkedHashSet<>(s.participantIds()));
        if (attendees.isEmpty() || s.kind() == SessionKind.INDIVIDUAL && attendees.size() != 1
                || attendees.size() > MAX_ATTENDEES) {
            throw new InvalidSession("participantIds", s.kind() == SessionKind.INDIVIDUAL
                    ? "fit.session.one-participant" : "fit.session.attendees", MAX_ATTENDEES);
        }
        UUID coachId = s.coachId() == null ? actor.id() : s.coachId();
        boolean coachOk = teams.isMember(coachId, teamId) && staff.find(coachId).filter(StaffView::active)
                .map(v -> v.role().worksWithParticipants()).orElse(false);
        if (!coachOk) {
            throw new InvalidSession("coachId", "fit.session.coach-not-in-team");
        }
        String title = s.title() == null || s.title().isBlank() ? null : s.title().strip();
        if (title != null && title.length() > MAX_TITLE) {
            throw new InvalidSession("title", "fit.session.title-too-long", MAX_TITLE);
        }
        List<ParticipantSummary> people = attendees.stream().map(id -> inTeam(actor, id, teamId)).toList();
        FitSession session = sessions.save(new FitSession(ids.newId(), teamId, team.associationId(), s.kind(),
                s.heldOn(), coachId, title, Times.nowUtc(clock), actor.id(), freshCode(s.heldOn())));
        for (ParticipantSummary p : people) {
            UUID ors = null;
            UUID srs = null;
            if (!s.heldOn().isBefore(today)) {
                ors = due.request(actor, p.id(), FitRatings.ORS, s.heldOn()).id();
                srs = due.request(actor, p.id(), s.kind().srsCode(), s.heldOn()).id();
            }
            attendance.save(new Attendance(ids.newId(), session.id(), p.id(), ors, srs));
            audit.record(actor, RECORDED, teamId, p.id(), s.kind() + " " + s.heldOn());
        }
        return view(session, people, List.of());
    }

    /** A session with its attendees and which ratings are in; audited per attendee. */
    @Transactional
    public SessionView get(Actor actor, UUID sessionId) {
        FitSession s = accessible(actor, sessionId);
        List<UUID> attendeeIds = attendance.findBySessionId(s.id()).stream().map(Attendance::participantId).toList();
        List<ParticipantSummary> people = participants.summaries(attendeeIds);
        audit.recordEach(actor, READ, s.teamId(), attendeeIds, null);
        return view(s, people, ratings.findBySessionId(s.id()));
    }

    /** The team's sessions held from {@code from} to {@code to}, newest first, without attendees. */
    @Transactional
    public List<SessionView> list(Actor actor, UUID teamId, LocalDate from, LocalDate to) {
        teamOf(actor, teamId);
        return sessions.findByTeamIdAndHeldOnBetweenOrderByHeldOnDesc(teamId, from, to).stream()
                .map(s -> new SessionView(s.id(), s.teamId(), s.kind(), s.heldOn(), s.coachId(), s.title(), s.code(),
                        List.of()))
                .toList();
    }

    /** A group session's SRS in aggregate (average and spread only from the team's minimum of answers). */
    @Transactional
    public GroupSummary groupSummary(Actor actor, UUID sessionId) {
        FitSession s = accessible(actor, sessionId);
        int attendees = attendance.findBySessionId(s.id()).size();
        List<Scores> given = ratings.findBySessionId(s.id()).stream()
                .filter(r -> r.instrumentCode().equals(s.kind().srsCode()))
                .map(r -> new Scores(r.instrumentCode(), java.util.Arrays.asList(r.item1(), r.item2(), r.item3(), r.item4())))
                .toList();
        FitSettings settings = this.fitSettings.of(s.teamId());
        audit.record(actor, GROUP_READ, s.teamId(), null, s.id().toString());
        return new GroupSummary(s.id(), s.kind(), s.heldOn(), s.kind().srsCode(), settings.groupMinAnswers(),
                GroupStats.of(attendees, given, settings));
    }

    /** What the group leader sees of one session. */
    public record GroupSummary(UUID sessionId, SessionKind kind, LocalDate heldOn, String instrumentCode,
                               int minimumAnswers, GroupStats stats) {
    }

    /** The session, if the caller is a coach or team lead of its team; otherwise {@link SessionNotFound}. */
    FitSession accessible(Actor actor, UUID sessionId) {
        FitSession s = sessions.findById(sessionId).orElseThrow(SessionNotFound::new);
        if (!actor.isStaff() || !actor.role().worksWithParticipants() || !teams.isMember(actor.id(), s.teamId())) {
            throw new SessionNotFound();
        }
        return s;
    }

    private ParticipantSummary inTeam(Actor actor, UUID participantId, UUID teamId) {
        ParticipantSummary p = participants.accessibleSummary(actor, participantId);
        if (!p.teamId().equals(teamId)) {
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

    private static SessionView view(FitSession s, List<ParticipantSummary> people, List<Rating> given) {
        Map<UUID, List<Rating>> byParticipant = given.stream().collect(Collectors.groupingBy(Rating::participantId));
        List<Attendee> attendees = people.stream().map(p -> {
            List<Rating> own = byParticipant.getOrDefault(p.id(), List.of());
            return new Attendee(p.id(), p.displayName(),
                    own.stream().anyMatch(r -> r.instrumentCode().equals(FitRatings.ORS)),
                    own.stream().anyMatch(r -> r.instrumentCode().equals(s.kind().srsCode())));
        }).toList();
        return new SessionView(s.id(), s.teamId(), s.kind(), s.heldOn(), s.coachId(), s.title(), s.code(), attendees);
    }
}
