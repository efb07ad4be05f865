package se.stegvis.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.stegvis.instrument.Texts;

import java.time.LocalDate;
import java.util.UUID;

@Serdeable
record DueItemResponse(UUID id, String instrumentCode, LocalDate dueDate, DueReason reason, boolean answered,
                       @Nullable LocalDate answeredOn, @Nullable Texts title) {
    static DueItemResponse from(DueService.Due d) {
        return from(d, null);
    }

    /** With the instrument's title (sv, en, ar) as the participant's portal shows it. */
    static DueItemResponse from(DueService.Due d, @Nullable Texts title) {
        return new DueItemResponse(d.id(), d.instrumentCode(), d.dueDate(), d.reason(), d.answered(), d.answeredOn(),
                title);
    }
}
