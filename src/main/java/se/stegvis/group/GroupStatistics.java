package se.stegvis.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * What a team's groups did in a period, for reports: activities with at least one session held,
 * sessions held (dated on or before today), distinct participants who attended, the attendance
 * rate (attendances / booked seats over the sessions held; null without any) with its two counts
 * (so rates add up across teams) and the attending participants by gender (WOMAN, MAN,
 * OTHER_UNKNOWN). Counts are raw: the report feature suppresses small cells.
 */
@Serdeable
public record GroupStatistics(UUID teamId, LocalDate from, LocalDate to, int activitiesHeld, int sessionsHeld,
                              int participants, @Nullable BigDecimal attendanceRate,
                              Map<String, Integer> participantsByGender, long attendances, long bookedSeats) {
}
