package se.stegvis.group;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.Actor;
import se.stegvis.shared.DomainException.FieldProblem;
import se.stegvis.shared.Ids;
import se.stegvis.shared.Times;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Activities a team offers: staff of the team (coach or team lead) create and edit them, everyone
 * of the team lists them. Editing replaces the sessions (a session with attendance must stay) and
 * may change the capacity: never below the seats already taken, and a raised capacity moves people
 * up from the waitlist at once.
 */
@Singleton
public class ActivityService {
    static final int MAX_CAPACITY = 500;
    static final int MAX_SESSIONS = 100;

    private final ActivityRepository activities;
    private final SessionRepository sessions;
    private final BookingRepository bookings;
    private final Waitlist waitlist;
    private final GroupAccess access;
    private final Ids ids;
    private final Clock clock;

    ActivityService(ActivityRepository activities, SessionRepository sessions, BookingRepository bookings,
                    Waitlist waitlist, GroupAccess access, Ids ids, Clock clock) {
        this.activities = activities;
        this.sessions = sessions;
        this.bookings = bookings;
        this.waitlist = waitlist;
        this.access = access;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    ActivityView create(Actor staff, UUID teamId, ActivityDraft draft) {
        access.staffTeam(staff, teamId);
        ActivityDraft d = checked(draft);
        Activity a = activities.save(Activity.create(ids.newId(), teamId, d, staff.id(), now()));
        d.sessions().forEach(s -> sessions.save(new GroupSession(ids.newId(), a.id(), s.date(), s.start(), s.end())));
        return view(a);
    }

    @Transactional
    ActivityView update(Actor staff, UUID activityId, ActivityDraft draft) {
        access.staffActivity(staff, activityId);
        Activity locked = activities.lockById(activityId).orElseThrow(ActivityNotFound::new);
        ActivityDraft d = checked(draft);
        long booked = bookings.countByActivityIdAndStatus(activityId, BookingStatus.BOOKED);
        if (d.capacity() < booked) {
            throw ActivityInvalid.of("capacity", "group.capacity.below-booked", booked);
        }
        replaceSessions(activityId, d.sessions());
        Activity saved = activities.update(locked.edited(d, now()));
        waitlist.promote(saved);
        return view(saved);
    }

    ActivityView get(Actor staff, UUID activityId) {
        return view(access.staffActivity(staff, activityId));
    }

    List<ActivityView> listForTeam(Actor staff, UUID teamId) {
        return views(activities.findByTeamIdOrderByCreatedAtDesc(access.staffTeam(staff, teamId)));
    }

    /** The activities of the participant's own team. */
    List<ActivityView> listForParticipant(ParticipantView p) {
        return views(activities.findByTeamIdOrderByCreatedAtDesc(p.teamId()));
    }

    ActivityView view(Activity a) {
        return views(List.of(a)).get(0);
    }

    /** Views of several activities in three statements, whatever their number. */
    List<ActivityView> views(List<Activity> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<UUID> activityIds = list.stream().map(Activity::id).toList();
        Map<UUID, List<GroupSession>> byActivity = sessions.findByActivityIdInOrderBySessionDateAscStartTimeAsc(activityIds)
                .stream().collect(Collectors.groupingBy(GroupSession::activityId));
        Map<UUID, List<Booking>> held = bookings.findByActivityIdInAndStatusNotEqualOrderBySeqAsc(activityIds,
                BookingStatus.CANCELLED).stream().collect(Collectors.groupingBy(Booking::activityId));
        return list.stream().map(a -> {
            List<Booking> b = held.getOrDefault(a.id(), List.of());
            long booked = b.stream().filter(x -> x.status() == BookingStatus.BOOKED).count();
            return new ActivityView(a, byActivity.getOrDefault(a.id(), List.of()), booked, b.size() - booked);
        }).toList();
    }

    private void replaceSessions(UUID activityId, List<SessionDraft> wanted) {
        Map<UUID, GroupSession> existing = new HashMap<>();
        sessions.findByActivityIdOrderBySessionDateAscStartTimeAsc(activityId).forEach(s -> existing.put(s.id(), s));
        Set<UUID> kept = wanted.stream().map(SessionDraft::id).filter(existing::containsKey).collect(Collectors.toSet());
        for (GroupSession old : existing.values()) {
            if (!kept.contains(old.id())) {
                if (sessions.countAttendance(old.id()) > 0) {
                    throw ActivityInvalid.of("sessions", "group.session.has-attendance", old.sessionDate());
                }
                sessions.delete(old);
            }
        }
        for (SessionDraft s : wanted) {
            if (s.id() != null && existing.containsKey(s.id())) {
                sessions.update(new GroupSession(s.id(), activityId, s.date(), s.start(), s.end()));
            } else {
                sessions.save(new GroupSession(ids.newId(), activityId, s.date(), s.start(), s.end()));
            }
        }
    }

    /** The draft with texts trimmed, or {@link ActivityInvalid} naming every bad field. */
    static ActivityDraft checked(ActivityDraft d) {
        List<FieldProblem> problems = new ArrayList<>();
        Texts title = d.title() == null ? Texts.EMPTY : d.title().stripped();
        Texts description = d.description() == null ? null : d.description().stripped();
        String place = d.place() == null ? "" : d.place().strip();
        if (d.type() == null) {
            problems.add(new FieldProblem("type", "group.type.required"));
        }
        if (title.sv() == null) {
            problems.add(new FieldProblem("title.sv", "group.title.required"));
        }
        if (place.isEmpty()) {
            problems.add(new FieldProblem("place", "group.place.required"));
        }
        if (d.capacity() < 1 || d.capacity() > MAX_CAPACITY) {
            problems.add(new FieldProblem("capacity", "group.capacity.range", 1, MAX_CAPACITY));
        }
        if (d.signupOpens() != null && d.signupCloses() != null && d.signupCloses().isBefore(d.signupOpens())) {
            problems.add(new FieldProblem("signupCloses", "group.signup.window"));
        }
        List<SessionDraft> s = d.sessions() == null ? List.of() : d.sessions();
        if (s.isEmpty() || s.size() > MAX_SESSIONS) {
            problems.add(new FieldProblem("sessions", "group.sessions.count", 1, MAX_SESSIONS));
        }
        for (int i = 0; i < s.size(); i++) {
            SessionDraft x = s.get(i);
            if (x == null || x.date() == null || x.start() == null || x.end() == null) {
                problems.add(new FieldProblem("sessions[" + i + "]", "group.session.incomplete"));
            } else if (!x.end().isAfter(x.start())) {
                problems.add(new FieldProblem("sessions[" + i + "].end", "group.session.end-before-start"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ActivityInvalid(problems);
        }
        return new ActivityDraft(d.type(), title, description, place, d.capacity(), d.signupOpens(),
                d.signupCloses(), s);
    }

    private LocalDateTime now() {
        return Times.nowUtc(clock);
    }
}
