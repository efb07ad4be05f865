package se.stegvis.group;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

/** One meeting of an activity: a date with a start and end in Swedish local time. */
@MappedEntity("group_session")
record GroupSession(@Id UUID id, UUID activityId, LocalDate sessionDate, LocalTime startTime, LocalTime endTime) {

    LocalDateTime start() {
        return sessionDate.atTime(startTime);
    }

    LocalDateTime end() {
        return sessionDate.atTime(endTime);
    }

    boolean overlaps(GroupSession other) {
        return sessionDate.equals(other.sessionDate) && startTime.isBefore(other.endTime)
                && other.startTime.isBefore(endTime);
    }
}
