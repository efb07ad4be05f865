package se.stegvis.response;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/** What an identified submission answers (201). submittedAt is UTC. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record SubmittedAnswerResponse(UUID id, String instrumentCode, int version, @Nullable BigDecimal score,
                               LocalDateTime submittedAt) {
    static SubmittedAnswerResponse from(AnswerService.StoredAnswer a) {
        return new SubmittedAnswerResponse(a.id(), a.instrumentCode(), a.version(), a.score(), a.submittedAt());
    }
}
