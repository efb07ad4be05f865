package se.stegvis.screening;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.stegvis.instrument.Texts;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** Wire types of the screening's answers. Times are UTC. */
final class ScreeningResponses {
    private ScreeningResponses() {
    }

    /** What the portal needs before it opens the screening. */
    @Serdeable
    record PortalSettingsResponse(String instrumentCode, String quickExitUrl, long idleTimeoutSeconds) {
    }

    /**
     * The answer to a submission (201), also what a retry replays: where to get help now, shown to
     * every respondent. Deliberately nothing about the answers, not even whether they were urgent.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SubmittedResponse(boolean saved, HelpNowResponse helpNow) {
        static SubmittedResponse from(ScreeningService.HelpNow h) {
            return new SubmittedResponse(true, new HelpNowResponse(h.emergencyNumber(), h.kvinnofridslinjen(),
                    h.localContacts()));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record HelpNowResponse(String emergencyNumber, String kvinnofridslinjen, @Nullable String localContacts) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MaterialResponse(String municipality, String language, @Nullable String text, @Nullable String url) {
        static MaterialResponse from(ScreeningSettingsService.Material m) {
            return new MaterialResponse(m.municipality(), m.language(), m.text(), m.url());
        }
    }

    /** The participant's brochure, or {@code material: null} when the team has none for their municipality. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ParticipantMaterialResponse(@Nullable MaterialResponse material) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SettingsResponse(@Nullable String localContacts, List<MaterialResponse> supportMaterial) {
        static SettingsResponse from(ScreeningSettingsService.Settings s) {
            return new SettingsResponse(s.localContacts(),
                    s.supportMaterial().stream().map(MaterialResponse::from).toList());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AnswerResponse(String key, Texts text, Object answer) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ScreeningResponse(UUID id, String instrumentCode, int version, LocalDateTime submittedAt, boolean declined,
                             boolean urgent, List<AnswerResponse> answers) {
        static ScreeningResponse from(ScreeningReadService.Screening s) {
            return new ScreeningResponse(s.id(), s.instrumentCode(), s.version(), s.submittedAt(), s.declined(),
                    s.urgent(), s.answers().stream().map(a -> new AnswerResponse(a.key(), a.text(), a.answer())).toList());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AlertResponse(UUID screeningId, UUID participantId, String participantName, LocalDateTime submittedAt,
                         boolean urgent, List<String> reasons) {
        static AlertResponse from(ScreeningReadService.Alert a) {
            return new AlertResponse(a.screeningId(), a.participantId(), a.participantName(), a.submittedAt(),
                    a.urgent(), a.reasons());
        }
    }

    @Serdeable
    record RotationResponse(String activeKeyId, int rotated, int unreadable) {
        static RotationResponse from(ScreeningKeyRotation.Result r) {
            return new RotationResponse(r.activeKeyId(), r.rotated(), r.unreadable());
        }
    }

    @Serdeable
    record KeyStatusResponse(String keyId, long rows, boolean configured, boolean active, boolean removable) {
        static KeyStatusResponse from(ScreeningKeyStatus.KeyUse k) {
            return new KeyStatusResponse(k.keyId(), k.rows(), k.configured(), k.active(), k.removable());
        }
    }
}
