package se.stegvis.target;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The wire types of a team's yearly targets. */
final class TargetMessages {
    private TargetMessages() {
    }

    /** One target: kind (NEW_PARTICIPANTS, SHARE_WORK_OR_STUDIES, SHARE_REACHED_GOAL) and value (a count, or a share 0-1). */
    @Serdeable
    record TargetEntry(@NotNull String kind, @NotNull BigDecimal target) {
    }

    /** Every target of the year; kinds left out have no target. */
    @Serdeable
    record TargetsRequest(@NotNull @Size(max = 10) List<@NotNull @Valid TargetEntry> targets) {
        List<TargetRules.Entry> entries() {
            return targets.stream().map(t -> new TargetRules.Entry(t.kind(), t.target())).toList();
        }
    }

    /** Always lists {@code targets}, an empty list for a year without any. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TargetsResponse(UUID teamId, int year, List<TargetEntry> targets) {
        static TargetsResponse from(UUID teamId, int year, Map<TargetKind, BigDecimal> targets) {
            return new TargetsResponse(teamId, year, targets.entrySet().stream()
                    .map(e -> new TargetEntry(e.getKey().name(), e.getValue())).toList());
        }
    }
}
