package se.stegvis.group;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.stegvis.audit.AuditService;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.Actor;
import se.stegvis.shared.Times;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Staff mark who attended a session and read the roster; per participant, which weeks of the trial
 * period had at least one attendance (the team's rule: at least once a week during the trial).
 */
@Singleton
class AttendanceService {
    static final String MARKED = "GROUP_ATTENDANCE_MARKED";
    static final String ROSTER_READ = "GROUP_ROSTER_READ";
    static final String TRIAL_READ = "GROUP_TRIAL_ATTENDANCE_READ";

    private final GroupAccess access;
    private final SessionRepository sessions;
    private final BookingRepository bookings;
    private final ParticipantService participants;
    private final AuditService audit;
    private final CourseFeedbackService feedback;
    private final StartupGroupService enrolments;
    private final Clock clock;

    AttendanceService(GroupAccess access, SessionRepository sessions, BookingRepository bookings,
                      ParticipantService participants, AuditService audit, CourseFeedbackService feedback,
                      StartupGroupService enrolments, Clock clock) {
        this.feedback = feedback;
        this.enrolments = enrolments;
        this.access = access;
        this.sessions = sessions;
        this.bookings = bookings;
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who was present at one session: replaces what was marked before. Only booked participants count. */
    @Transactional
    List<UUID> mark(Actor staff, UUID activityId, UUID sessionId, List<UUID> present) {
        Activity a = access.staffActivity(staff, activityId);
        GroupSession s = sessions.findById(sessionId).filter(x -> x.activityId().equals(a.id()))
                .orElseThrow(SessionNotFound::new);
        if (s.sessionDate().isAfter(Times.today(clock))) {
            throw ActivityInvalid.of("sessionId", "group.attendance.future");
        }
        Set<UUID> booked = new HashSet<>();
        bookings.findByActivityIdAndStatusOrderBySeqAsc(a.id(), BookingStatus.BOOKED)
                .forEach(b -> booked.add(b.participantId()));
        Set<UUID> unique = new LinkedHashSet<>(present);
        if (!booked.containsAll(unique)) {
            throw ActivityInvalid.of("present", "group.attendance.not-booked");
        }
        sessions.clearAttendance(s.id());
        unique.forEach(p -> sessions.addAttendance(s.id(), p, staff.id(), Times.nowUtc(clock)));
        audit.recordEach(staff, MARKED, a.teamId(), unique, "session " + s.sessionDate());
        feedback.afterAttendance(staff, a.id(), s);
        return List.copyOf(unique);
    }

    /** One person on the roster: their place and the sessions they attended. */
    record RosterLine(UUID participantId, String displayName, BookingStatus status, int position,
                      Set<UUID> attendedSessions, boolean enrolledHere) {
    }

    record Roster(Activity activity, List<GroupSession> sessions, List<RosterLine> lines) {
    }

    /** The booked and the waiting, in queue order, with attendance per session (audited per participant). */
    @Transactional
    Roster roster(Actor staff, UUID activityId) {
        Activity a = access.staffActivity(staff, activityId);
        List<GroupSession> list = sessions.findByActivityIdOrderBySessionDateAscStartTimeAsc(a.id());
        Map<UUID, Set<UUID>> attended = new HashMap<>();
        for (GroupSession s : list) {
            sessions.attendeesOf(s.id()).forEach(p -> attended.computeIfAbsent(p, k -> new HashSet<>()).add(s.id()));
        }
        List<RosterLine> lines = new ArrayList<>();
        Set<UUID> enrolled = a.type() == ActivityType.STARTUP_GROUP ? enrolments.enrolledThrough(a.id()) : Set.of();
        int waiting = 0;
        for (Booking b : bookings.findByActivityIdInAndStatusNotEqualOrderBySeqAsc(List.of(a.id()), BookingStatus.CANCELLED)) {
            ParticipantView p = participants.accessibleView(staff, b.participantId());
            int position = b.status() == BookingStatus.WAITLISTED ? ++waiting : 0;
            lines.add(new RosterLine(p.id(), p.details().displayName(), b.status(), position,
                    attended.getOrDefault(p.id(), Set.of()), enrolled.contains(p.id())));
        }
        lines.sort((x, y) -> x.status() == y.status() ? 0 : x.status() == BookingStatus.BOOKED ? -1 : 1);
        audit.recordEach(staff, ROSTER_READ, a.teamId(), lines.stream().map(RosterLine::participantId).toList(),
                a.id().toString());
        return new Roster(a, list, lines);
    }

    /** The participant's trial period week by week; audited. */
    @Transactional
    TrialWeeks trialWeeks(Actor staff, UUID participantId) {
        ParticipantView p = participants.accessibleView(staff, participantId);
        audit.record(staff, TRIAL_READ, p.teamId(), p.id());
        var path = p.details().path();
        return TrialWeeks.of(path.enrolmentDate(), path.trialEndDate(), path.exitDate(), sessions.attendedDates(p.id()),
                Times.today(clock));
    }
}
