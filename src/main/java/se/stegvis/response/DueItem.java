package se.stegvis.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One instrument on one participant's list. For anonymous instruments this row is the only
 * trace that the participant answered, and it carries no date ({@code answeredOn} stays null).
 */
@MappedEntity("due_item")
record DueItem(@Id UUID id, UUID participantId, String instrumentCode, LocalDate dueDate, DueReason reason,
               @Nullable UUID requestedBy, boolean answered, @Nullable LocalDate answeredOn) {

    DueItem answeredOn(@Nullable LocalDate date) {
        return new DueItem(id, participantId, instrumentCode, dueDate, reason, requestedBy, true, date);
    }

    DueItem dueOn(LocalDate date) {
        return new DueItem(id, participantId, instrumentCode, date, reason, requestedBy, answered, answeredOn);
    }
}
