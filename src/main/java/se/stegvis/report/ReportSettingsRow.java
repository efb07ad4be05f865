package se.stegvis.report;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/** An association's own report settings; associations without a row use {@link ReportSettings#DEFAULTS}. */
@MappedEntity("report_settings")
record ReportSettingsRow(@Id UUID associationId, int threshold, String ageBands, BigDecimal verdictVeryGood,
                         BigDecimal verdictGood, BigDecimal verdictAcceptable, LocalDateTime updatedAt,
                         UUID updatedBy) {

    ReportSettings settings() {
        return new ReportSettings(threshold, Arrays.stream(ageBands.split(",")).map(Integer::valueOf).toList(),
                new VerdictThresholds(verdictVeryGood, verdictGood, verdictAcceptable));
    }

    static ReportSettingsRow of(UUID associationId, ReportSettings s, LocalDateTime at, UUID by) {
        return new ReportSettingsRow(associationId, s.threshold(),
                s.ageBands().stream().map(String::valueOf).collect(Collectors.joining(",")),
                s.verdicts().veryGood(), s.verdicts().good(), s.verdicts().acceptable(), at, by);
    }
}
