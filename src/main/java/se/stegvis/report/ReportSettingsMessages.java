package se.stegvis.report;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** The wire types of the report settings: the same shape read and written. */
final class ReportSettingsMessages {
    private ReportSettingsMessages() {
    }

    /**
     * Verdict limits as result ÷ target: at least {@code veryGood} is "Mycket god", at least {@code good}
     * "God", at least {@code acceptable} "Godtagbar", below "Ej uppfylld".
     */
    @Serdeable
    record VerdictLimits(@NotNull BigDecimal veryGood, @NotNull BigDecimal good, @NotNull BigDecimal acceptable) {
        static VerdictLimits from(VerdictThresholds t) {
            return new VerdictLimits(t.veryGood(), t.good(), t.acceptable());
        }

        VerdictThresholds toThresholds() {
            return new VerdictThresholds(veryGood, good, acceptable);
        }
    }

    /** The whole settings: small-count threshold (3 or more), age band lower bounds (rising), verdict limits. */
    @Serdeable
    record ReportSettingsBody(@NotNull Integer threshold, @NotNull @Size(max = 50) List<@NotNull Integer> ageBands,
                              @NotNull @Valid VerdictLimits verdicts) {
        static ReportSettingsBody from(ReportSettings s) {
            return new ReportSettingsBody(s.threshold(), s.ageBands(), VerdictLimits.from(s.verdicts()));
        }
    }
}
