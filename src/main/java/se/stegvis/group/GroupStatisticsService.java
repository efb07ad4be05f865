package se.stegvis.group;

import jakarta.inject.Singleton;
import se.stegvis.participant.Gender;
import se.stegvis.security.Actor;
import se.stegvis.shared.Times;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Activity statistics of a team for a period: the public entry for the report feature. */
@Singleton
public class GroupStatisticsService {
    private final GroupStatisticsRepository counts;
    private final GroupAccess access;
    private final Clock clock;

    GroupStatisticsService(GroupStatisticsRepository counts, GroupAccess access, Clock clock) {
        this.counts = counts;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The team's group statistics for {@code from}..{@code to} (inclusive); sessions after today are
     * not counted as held. No names or ids leave this method, only counts.
     */
    public GroupStatistics statistics(UUID teamId, LocalDate from, LocalDate to) {
        return statistics(List.of(teamId), from, to).get(teamId);
    }

    /**
     * As {@link #statistics(UUID, LocalDate, LocalDate)} for several teams, each of them a key: one grouped
     * statement whatever the number of teams and sessions.
     */
    public Map<UUID, GroupStatistics> statistics(Collection<UUID> teamIds, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ActivityInvalid.of("to", "group.statistics.range");
        }
        LocalDate today = Times.today(clock);
        Map<UUID, Tally> tallies = new LinkedHashMap<>();
        teamIds.forEach(t -> tallies.put(t, new Tally()));
        if (!teamIds.isEmpty()) {
            for (GroupStatisticsRepository.Count c : counts.counts(teamIds, from, to.isAfter(today) ? today : to)) {
                tallies.get(c.teamId()).add(c);
            }
        }
        Map<UUID, GroupStatistics> out = new LinkedHashMap<>();
        tallies.forEach((team, t) -> out.put(team, t.statistics(team, from, to)));
        return out;
    }

    /** One team's counts as the grouped rows arrive. */
    private static final class Tally {
        private long activities;
        private long sessions;
        private long attendances;
        private long seats;
        private final Map<String, Integer> byGender = new LinkedHashMap<>();

        Tally() {
            for (Gender g : Gender.values()) {
                byGender.put(g.name(), 0);
            }
        }

        void add(GroupStatisticsRepository.Count c) {
            switch (c.kind()) {
                case "S" -> {
                    activities += c.n1();
                    sessions += c.n2();
                }
                case "A" -> attendances += c.n1();
                case "P" -> byGender.merge(c.gender(), (int) c.n1(), Integer::sum);
                case "B" -> seats += c.n1();
                default -> throw new IllegalStateException("unknown count " + c.kind());
            }
        }

        GroupStatistics statistics(UUID team, LocalDate from, LocalDate to) {
            int participants = byGender.values().stream().mapToInt(Integer::intValue).sum();
            BigDecimal rate = seats == 0 ? null
                    : BigDecimal.valueOf(attendances).divide(BigDecimal.valueOf(seats), 3, RoundingMode.HALF_UP);
            return new GroupStatistics(team, from, to, (int) activities, (int) sessions, participants, rate,
                    byGender, attendances, seats);
        }
    }

    /** The same for a staff member of the team (404 for others). */
    GroupStatistics statistics(Actor staff, UUID teamId, LocalDate from, LocalDate to) {
        return statistics(access.staffTeam(staff, teamId), from, to);
    }
}
