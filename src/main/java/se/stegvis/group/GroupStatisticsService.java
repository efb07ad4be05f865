package se.stegvis.group;

import jakarta.inject.Singleton;
import se.stegvis.participant.Gender;
import se.stegvis.participant.ParticipantService;
import se.stegvis.security.Actor;
import se.stegvis.shared.Times;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Activity statistics of a team for a period: the public entry for the report feature. */
@Singleton
public class GroupStatisticsService {
    private final SessionRepository sessions;
    private final BookingRepository bookings;
    private final ParticipantService participants;
    private final GroupAccess access;
    private final Clock clock;

    GroupStatisticsService(SessionRepository sessions, BookingRepository bookings, ParticipantService participants,
                           GroupAccess access, Clock clock) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.participants = participants;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The team's group statistics for {@code from}..{@code to} (inclusive); sessions after today are
     * not counted as held. No names or ids leave this method, only counts.
     */
    public GroupStatistics statistics(UUID teamId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ActivityInvalid.of("to", "group.statistics.range");
        }
        LocalDate today = Times.today(clock);
        List<GroupSession> held = sessions.findByTeamBetween(teamId, from, to.isAfter(today) ? today : to);
        Set<UUID> activities = new HashSet<>();
        Set<UUID> attendees = new HashSet<>();
        Map<UUID, Long> bookedPerActivity = new java.util.HashMap<>();
        long attendances = 0;
        long seats = 0;
        for (GroupSession s : held) {
            activities.add(s.activityId());
            List<UUID> present = sessions.attendeesOf(s.id());
            attendees.addAll(present);
            attendances += present.size();
            seats += bookedPerActivity.computeIfAbsent(s.activityId(),
                    id -> bookings.countByActivityIdAndStatus(id, BookingStatus.BOOKED));
        }
        Map<String, Integer> byGender = new LinkedHashMap<>();
        for (Gender g : Gender.values()) {
            byGender.put(g.name(), 0);
        }
        participants.summaries(attendees).forEach(p -> byGender.merge(p.gender().name(), 1, Integer::sum));
        BigDecimal rate = seats == 0 ? null
                : BigDecimal.valueOf(attendances).divide(BigDecimal.valueOf(seats), 3, RoundingMode.HALF_UP);
        return new GroupStatistics(teamId, from, to, activities.size(), held.size(), attendees.size(), rate, byGender,
                attendances, seats);
    }

    /** The same for a staff member of the team (404 for others). */
    GroupStatistics statistics(Actor staff, UUID teamId, LocalDate from, LocalDate to) {
        return statistics(access.staffTeam(staff, teamId), from, to);
    }
}
