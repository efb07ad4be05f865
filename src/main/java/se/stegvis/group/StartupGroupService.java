package se.stegvis.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.stegvis.audit.AuditService;
import se.stegvis.participant.ParticipantDetails;
import se.stegvis.participant.ParticipantNotFound;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantView;
import se.stegvis.participant.PathDates;
import se.stegvis.security.Actor;
import se.stegvis.shared.Times;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A startup group links to the participants it enrols: staff of the team mark a participant who
 * holds a seat on a STARTUP_GROUP activity as enrolled through it. A participant without an
 * enrolment date gets today's (through {@link ParticipantService#update}, so the path rules and the
 * team's trial period apply); one already enrolled keeps theirs and only gets the link.
 */
@Singleton
class StartupGroupService {
    static final String ENROLLED = "GROUP_STARTUP_ENROLLED";
    static final String UNLINKED = "GROUP_STARTUP_UNLINKED";

    private final GroupAccess access;
    private final BookingRepository bookings;
    private final ActivityRepository activities;
    private final StartupEnrolmentRepository enrolments;
    private final ParticipantService participants;
    private final AuditService audit;
    private final Clock clock;

    StartupGroupService(GroupAccess access, BookingRepository bookings, ActivityRepository activities,
                        StartupEnrolmentRepository enrolments, ParticipantService participants, AuditService audit,
                        Clock clock) {
        this.access = access;
        this.bookings = bookings;
        this.activities = activities;
        this.enrolments = enrolments;
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
    }

    /** A participant's enrolment through a startup group, with the group; {@code activity} null when none. */
    record Link(@Nullable Activity activity, @Nullable LocalDateTime enrolledAt, @Nullable LocalDate enrolmentDate) {
    }

    @Transactional
    Link enrol(Actor staff, UUID activityId, UUID participantId) {
        Activity a = access.staffActivity(staff, activityId);
        ParticipantView p = teamParticipant(staff, a, participantId);
        if (a.type() != ActivityType.STARTUP_GROUP) {
            throw new NotAStartupGroup();
        }
        boolean booked = bookings.findByActivityIdAndParticipantId(a.id(), p.id())
                .filter(b -> b.status() == BookingStatus.BOOKED).isPresent();
        if (!booked) {
            throw ActivityInvalid.of("participantId", "group.enrolment.not-booked");
        }
        Optional<StartupEnrolment> existing = enrolments.findById(p.id());
        if (existing.isPresent() && !existing.get().activityId().equals(a.id())) {
            throw new EnrolledElsewhere();
        }
        StartupEnrolment e = existing.orElseGet(() -> enrolments.save(
                new StartupEnrolment(p.id(), a.id(), staff.id(), Times.nowUtc(clock))));
        ParticipantView enrolled = p.details().path().enrolmentDate() == null ? withEnrolmentToday(staff, p) : p;
        if (existing.isEmpty()) {
            audit.record(staff, ENROLLED, a.teamId(), p.id(), a.id().toString());
        }
        return new Link(a, e.enrolledAt(), enrolled.details().path().enrolmentDate());
    }

    /** Removes the link (a mistake); the participant's enrolment date stays as it is. */
    @Transactional
    void unlink(Actor staff, UUID activityId, UUID participantId) {
        Activity a = access.staffActivity(staff, activityId);
        ParticipantView p = teamParticipant(staff, a, participantId);
        StartupEnrolment e = enrolments.findById(p.id()).filter(x -> x.activityId().equals(a.id()))
                .orElseThrow(EnrolmentNotFound::new);
        enrolments.delete(e);
        audit.record(staff, UNLINKED, a.teamId(), p.id(), a.id().toString());
    }

    /** The startup group the participant was enrolled through, for their page (coach view). */
    Link of(Actor staff, UUID participantId) {
        ParticipantView p = participants.accessibleView(staff, participantId);
        LocalDate date = p.details().path().enrolmentDate();
        return enrolments.findById(p.id()).flatMap(e -> activities.findById(e.activityId())
                        .map(a -> new Link(a, e.enrolledAt(), date)))
                .orElse(new Link(null, null, date));
    }

    /** Who of the activity's roster was enrolled through it. */
    Set<UUID> enrolledThrough(UUID activityId) {
        return enrolments.findByActivityId(activityId).stream().map(StartupEnrolment::participantId)
                .collect(Collectors.toSet());
    }

    private ParticipantView teamParticipant(Actor staff, Activity a, UUID participantId) {
        ParticipantView p = participants.accessibleView(staff, participantId);
        if (!p.teamId().equals(a.teamId())) {
            throw new ParticipantNotFound(); // a participant of another of the caller's teams
        }
        return p;
    }

    private ParticipantView withEnrolmentToday(Actor staff, ParticipantView p) {
        ParticipantDetails d = p.details();
        PathDates path = d.path();
        PathDates enrolled = new PathDates(path.referralDate(), path.studyVisitDate(), path.queueDate(),
                Times.today(clock), path.trialEndDate(), path.exitDate());
        return participants.update(staff, p.id(), new ParticipantDetails(d.displayName(), d.gender(), d.birthYear(),
                d.education(), d.yearsInSupport(), d.incomeBefore(), d.referrer(), d.homeMunicipality(),
                d.preferredLanguage(), enrolled), p.version(), null);
    }
}
