package se.stegvis.audit;

import se.stegvis.shared.TimeFactory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * The unusual-access flag (ADR 0010), kept to one rule a reviewer can check by hand: a staff member is flagged
 * for a Swedish calendar day on which they opened the records of MORE than {@code threshold} different
 * participants who are not in their caseload (participant_coach). Only record reads count (ReadActions.RECORD):
 * a list shows whom a role may see, not a choice of person. Fed one read at a time; no database, no clock.
 */
final class UnusualAccessRule {
    private final int threshold;
    /** staff member → Swedish day → participants whose record they opened that day. */
    private final Map<UUID, Map<LocalDate, Set<UUID>>> opened = new HashMap<>();

    UnusualAccessRule(int threshold) {
        if (threshold < 0) {
            throw new IllegalArgumentException("threshold must be 0 or more: " + threshold);
        }
        this.threshold = threshold;
    }

    /** One record read; {@code atUtc} is the audit row's UTC time. */
    void add(UUID staffId, UUID participantId, LocalDateTime atUtc) {
        LocalDate day = atUtc.atOffset(ZoneOffset.UTC).atZoneSameInstant(TimeFactory.SWEDEN).toLocalDate();
        opened.computeIfAbsent(staffId, s -> new TreeMap<>()).computeIfAbsent(day, d -> new HashSet<>())
                .add(participantId);
    }

    /** A day over the threshold: how many participants outside the caseload, of how many opened. */
    record FlaggedDay(LocalDate day, int outsideCaseload, int participantsOpened) {
    }

    /** One staff member's period: distinct participants opened, of them outside the caseload, flagged days. */
    record Tally(UUID staffId, int participantsOpened, int outsideCaseload, List<FlaggedDay> flaggedDays) {
        boolean flagged() {
            return !flaggedDays.isEmpty();
        }

        /** The worst day: the most participants outside the caseload (the earliest of equals). */
        FlaggedDay worstDay() {
            return flaggedDays.stream().max(Comparator.comparingInt(FlaggedDay::outsideCaseload)
                    .thenComparing(FlaggedDay::day, Comparator.reverseOrder())).orElseThrow();
        }
    }

    int threshold() {
        return threshold;
    }

    /** Every staff member seen, flagged first, then by participants outside the caseload, most first. */
    List<Tally> evaluate(Function<UUID, Set<UUID>> caseloadOf) {
        List<Tally> tallies = new ArrayList<>();
        opened.forEach((staffId, days) -> {
            Set<UUID> caseload = caseloadOf.apply(staffId);
            Set<UUID> all = new HashSet<>();
            Set<UUID> outside = new HashSet<>();
            List<FlaggedDay> flagged = new ArrayList<>();
            days.forEach((day, participants) -> {
                all.addAll(participants);
                int outsideThatDay = 0;
                for (UUID p : participants) {
                    if (!caseload.contains(p)) {
                        outside.add(p);
                        outsideThatDay++;
                    }
                }
                if (outsideThatDay > threshold) {
                    flagged.add(new FlaggedDay(day, outsideThatDay, participants.size()));
                }
            });
            tallies.add(new Tally(staffId, all.size(), outside.size(), List.copyOf(flagged)));
        });
        tallies.sort(Comparator.comparing(Tally::flagged).reversed()
                .thenComparing(Comparator.comparingInt(Tally::outsideCaseload).reversed())
                .thenComparing(Tally::staffId));
        return tallies;
    }
}
