package se.stegvis.response;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.stegvis.instrument.Texts;
import se.stegvis.participant.PathStage;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One participant of the due overview: name, stage and every item on their list with its status. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record DueOverviewResponse(UUID participantId, String displayName, PathStage stage, List<ItemResponse> items) {

    /** {@code answeredOn} is null for an answered anonymous instrument: only "has answered" is kept. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ItemResponse(UUID id, String instrumentCode, @Nullable Texts title, boolean anonymous,
                        LocalDate dueDate, DueStatus status, @Nullable LocalDate answeredOn) {
    }

    static DueOverviewResponse from(DueOverviewService.Row r) {
        return new DueOverviewResponse(r.participant().id(), r.participant().displayName(), r.participant().stage(),
                r.items().stream().map(i -> new ItemResponse(i.id(), i.instrumentCode(), i.title(), i.anonymous(),
                        i.dueDate(), i.status(), i.answeredOn())).toList());
    }
}
