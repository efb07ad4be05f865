package se.stegvis.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

@Serdeable
record DueItemResponse(UUID id, String instrumentCode, LocalDate dueDate, DueReason reason, boolean answered,
                       @Nullable LocalDate answeredOn) {
    static DueItemResponse from(DueService.Due d) {
        return new DueItemResponse(d.id(), d.instrumentCode(), d.dueDate(), d.reason(), d.answered(), d.answeredOn());
    }
}
