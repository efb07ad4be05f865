package se.stegvis.instrument;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A new instrument of the admin's association. The definition's rules are checked by the service. */
@Serdeable
record CreateInstrumentRequest(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String code,
                               @NotNull PrivacyMode privacyMode,
                               @NotNull Scoring scoring,
                               @NotNull InstrumentDefinition definition) {
    InstrumentAdminService.NewInstrument toNewInstrument() {
        return new InstrumentAdminService.NewInstrument(code, privacyMode, scoring, definition);
    }
}
