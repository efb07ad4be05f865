package se.stegvis.participant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;

/**
 * Ends the path: one or more outcomes (DROPOUT only alone), the income source after exit when
 * known, and optionally the {@code version} last read.
 */
@Serdeable
public record ExitParticipantRequest(@NotNull LocalDate exitDate, @Nullable List<Outcome> outcomes,
                                     @Nullable IncomeSource incomeAfter, @Nullable Integer version) {
}
