package se.stegvis.screening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Map;
import java.util.UUID;

/** Wire types of the screening's requests. */
final class ScreeningRequests {
    private ScreeningRequests() {
    }

    /**
     * Answers to the screening (item key → YES, NO or DECLINED), or {@code declined: true} with no
     * answers when the participant declines the whole screening.
     */
    @Serdeable
    record SubmitScreeningRequest(@NotNull UUID versionId, @Nullable Map<String, Object> answers, boolean declined) {
    }

    @Serdeable
    record LocalContactsRequest(@NotNull @Size(max = 1000) String localContacts) {
    }

    /** A municipality's brochure in one language; empty text and url remove it. */
    @Serdeable
    record SupportMaterialRequest(@NotBlank @Size(max = 100) String municipality,
                                  @NotBlank @Pattern(regexp = "[a-zA-Z]{2,3}") String language,
                                  @Nullable @Size(max = 4000) String text, @Nullable @Size(max = 500) String url) {
    }
}
