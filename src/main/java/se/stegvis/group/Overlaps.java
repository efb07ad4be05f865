package se.stegvis.group;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The team's no-overlap rule (a team setting, off by default): whether the sessions of one activity
 * overlap those of another activity the participant holds a place on. Sign-up counts seats and
 * waitlist places; a promotion from the waitlist counts seats only (ADR 0007).
 */
@Singleton
class Overlaps {
    private final SessionRepository sessions;
    private final BookingRepository bookings;
    private final TeamRuleRepository rules;

    Overlaps(SessionRepository sessions, BookingRepository bookings, TeamRuleRepository rules) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.rules = rules;
    }

    boolean ruleOn(UUID teamId) {
        return rules.findById(teamId).map(TeamRule::noOverlappingBookings).orElse(false);
    }

    /** Whether {@code own} (the sessions of {@code activityId}) overlaps another activity where the participant's place passes {@code counted}. */
    boolean clash(UUID participantId, UUID activityId, List<GroupSession> own, Predicate<BookingStatus> counted) {
        Set<UUID> held = bookings.findByParticipantIdAndStatusNotEqual(participantId, BookingStatus.CANCELLED).stream()
                .filter(b -> counted.test(b.status())).map(Booking::activityId).filter(id -> !id.equals(activityId))
                .collect(Collectors.toSet());
        if (held.isEmpty()) {
            return false;
        }
        List<GroupSession> others = sessions.findByActivityIdInOrderBySessionDateAscStartTimeAsc(held);
        return own.stream().anyMatch(s -> others.stream().anyMatch(s::overlaps));
    }
}
