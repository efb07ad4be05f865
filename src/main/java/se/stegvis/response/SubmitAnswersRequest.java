package se.stegvis.response;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.util.Map;
import java.util.UUID;

/**
 * Answers to one instrument version: item key → value (a number for scales, a choice value, a list
 * of choice values, YES/NO/DECLINED, or text). Validated against the version, problems named by key.
 */
@Serdeable
record SubmitAnswersRequest(@NotNull UUID versionId, @NotNull Map<String, Object> answers) {
}
