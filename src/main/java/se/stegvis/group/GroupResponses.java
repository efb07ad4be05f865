package se.stegvis.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The group feature's wire types. */
final class GroupResponses {
    private GroupResponses() {
    }

    @Serdeable
    record SessionResponse(UUID id, LocalDate date, LocalTime start, LocalTime end) {
        static SessionResponse from(GroupSession s) {
            return new SessionResponse(s.id(), s.sessionDate(), s.startTime(), s.endTime());
        }
    }

    /** An activity as staff see it. */
    @Serdeable
    record ActivityResponse(UUID id, UUID teamId, ActivityType type, Texts title, @Nullable Texts description,
                            String place, int capacity, @Nullable LocalDate signupOpens,
                            @Nullable LocalDate signupCloses, List<SessionResponse> sessions, long booked,
                            long waitlisted) {
        static ActivityResponse from(ActivityView v) {
            Activity a = v.activity();
            return new ActivityResponse(a.id(), a.teamId(), a.type(), a.title(), a.description(), a.place(),
                    a.capacity(), a.signupOpens(), a.signupCloses(),
                    v.sessions().stream().map(SessionResponse::from).toList(), v.booked(), v.waitlisted());
        }
    }

    /** An activity as a participant of the team sees it, with their own place if they hold one. */
    @Serdeable
    record ParticipantActivityResponse(UUID id, ActivityType type, Texts title, @Nullable Texts description,
                                       String place, List<SessionResponse> sessions, long seatsLeft,
                                       @Nullable BookingStatus myStatus, int myPosition) {
        static ParticipantActivityResponse from(ActivityView v, @Nullable BookingResult mine) {
            Activity a = v.activity();
            return new ParticipantActivityResponse(a.id(), a.type(), a.title(), a.description(), a.place(),
                    v.sessions().stream().map(SessionResponse::from).toList(),
                    Math.max(0, a.capacity() - v.booked()), mine == null ? null : mine.status(),
                    mine == null ? 0 : mine.position());
        }
    }

    @Serdeable
    record BookingResponse(UUID activityId, BookingStatus status, int position) {
        static BookingResponse from(BookingResult r) {
            return new BookingResponse(r.activityId(), r.status(), r.position());
        }
    }

    /**
     * A seat that came free and went to the participant ({@code PROMOTED}), or went past them because
     * they hold an overlapping seat ({@code PASSED_OVER}, they keep waiting); shown on home until seen.
     */
    @Serdeable
    record PromotionResponse(UUID activityId, Texts title, BookingService.WaitlistOutcome outcome) {
        static PromotionResponse from(BookingService.WaitlistNotice n) {
            return new PromotionResponse(n.activity().id(), n.activity().title(), n.outcome());
        }
    }

    @Serdeable
    record TeamRuleRequest(boolean noOverlappingBookings) {
    }

    @Serdeable
    record TeamRuleResponse(UUID teamId, boolean noOverlappingBookings) {
        static TeamRuleResponse from(TeamRule r) {
            return new TeamRuleResponse(r.teamId(), r.noOverlappingBookings());
        }
    }

    @Serdeable
    record CountsByGender(Map<String, Long> counts) {
    }
}
