package se.stegvis.group;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.stegvis.audit.AuditService;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.Actor;
import se.stegvis.shared.IdempotencyService;
import se.stegvis.shared.IdempotencyService.StoredResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A participant signs up for an activity of their team (a seat, or the waitlist when it is full),
 * cancels, and sees when a freed seat moved them up. A sign-up runs once per {@code Idempotency-Key};
 * the seat itself is taken under the activity's row lock ({@link Seats}).
 */
@Singleton
class BookingService {
    static final String BOOKED = "GROUP_SIGNED_UP";
    static final String CANCELLED = "GROUP_CANCELLED";

    private final Seats seats;
    private final GroupAccess access;
    private final BookingRepository bookings;
    private final ActivityRepository activities;
    private final TeamRuleRepository rules;
    private final IdempotencyService idempotency;
    private final AuditService audit;

    BookingService(Seats seats, GroupAccess access, BookingRepository bookings, ActivityRepository activities,
                   TeamRuleRepository rules, IdempotencyService idempotency, AuditService audit) {
        this.seats = seats;
        this.access = access;
        this.bookings = bookings;
        this.activities = activities;
        this.rules = rules;
        this.idempotency = idempotency;
        this.audit = audit;
    }

    StoredResponse signUp(Actor participant, UUID activityId, String idempotencyKey,
                          Function<BookingResult, StoredResponse> reply) {
        ParticipantView p = access.participant(participant);
        return idempotency.execute("group-signup:" + p.id(), idempotencyKey, activityId.toString(), () -> {
            BookingResult r = seats.take(p, activityId);
            audit.record(participant, BOOKED, p.teamId(), p.id(), activityId + " " + r.status());
            return reply.apply(r);
        });
    }

    @Transactional
    BookingResult cancel(Actor participant, UUID activityId) {
        ParticipantView p = access.participant(participant);
        BookingResult r = seats.giveBack(p, activityId);
        audit.record(participant, CANCELLED, p.teamId(), p.id(), activityId.toString());
        return r;
    }

    /** The participant's own place on each activity that they hold one on. */
    Map<UUID, BookingResult> mine(ParticipantView p) {
        return bookings.findByParticipantIdAndStatusNotEqual(p.id(), BookingStatus.CANCELLED).stream()
                .collect(Collectors.toMap(Booking::activityId, seats::result));
    }

    /** What happened on the waitlist and belongs on the participant's home page until they have seen it. */
    enum WaitlistOutcome { PROMOTED, PASSED_OVER }

    record WaitlistNotice(Activity activity, WaitlistOutcome outcome) {
    }

    /**
     * Seats the participant got from the waitlist, and freed seats that went past them under the
     * team's no-overlap rule (they keep waiting), not yet seen on their home page.
     */
    List<WaitlistNotice> promotions(Actor participant) {
        ParticipantView p = access.participant(participant);
        Map<UUID, WaitlistOutcome> outcomes = new LinkedHashMap<>();
        bookings.findByParticipantIdAndStatusAndPromotionSeenFalse(p.id(), BookingStatus.BOOKED).stream()
                .filter(b -> b.promotedAt() != null).forEach(b -> outcomes.put(b.activityId(), WaitlistOutcome.PROMOTED));
        bookings.findByParticipantIdAndStatusAndPassedOverAtIsNotNull(p.id(), BookingStatus.WAITLISTED)
                .forEach(b -> outcomes.put(b.activityId(), WaitlistOutcome.PASSED_OVER));
        if (outcomes.isEmpty()) {
            return List.of();
        }
        return activities.findByIdIn(outcomes.keySet()).stream()
                .map(a -> new WaitlistNotice(a, outcomes.get(a.id()))).toList();
    }

    @Transactional
    void promotionSeen(Actor participant, UUID activityId) {
        ParticipantView p = access.participant(participant);
        access.participantActivity(p, activityId);
        Booking b = bookings.findByActivityIdAndParticipantId(activityId, p.id()).orElseThrow(BookingNotFound::new);
        bookings.update(b.seen());
    }

    @Transactional
    TeamRule setRule(Actor staff, UUID teamId, boolean noOverlappingBookings) {
        access.staffTeam(staff, teamId);
        TeamRule rule = new TeamRule(teamId, noOverlappingBookings);
        return rules.existsById(teamId) ? rules.update(rule) : rules.save(rule);
    }

    TeamRule rule(Actor staff, UUID teamId) {
        access.staffTeam(staff, teamId);
        return rules.findById(teamId).orElse(new TeamRule(teamId, false));
    }
}
