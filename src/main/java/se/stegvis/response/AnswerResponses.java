package se.stegvis.response;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.stegvis.instrument.Texts;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** Wire types of the reading routes. Times are UTC. */
final class AnswerResponses {
    private AnswerResponses() {
    }

    /** One entry of the participant's own history: which form, when, the score; not the answers. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record OwnAnswerResponse(UUID id, String instrumentCode, int version, Texts title, @Nullable BigDecimal score,
                             LocalDateTime submittedAt) {
        static OwnAnswerResponse from(AnswerReadService.Answer a) {
            return new OwnAnswerResponse(a.id(), a.instrumentCode(), a.version(), a.title(), a.score(), a.submittedAt());
        }
    }

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AnsweredItemResponse(String key, @Nullable Integer part, Texts text, Object answer) {
        static AnsweredItemResponse from(AnswerReadService.AnsweredItem i) {
            return new AnsweredItemResponse(i.key(), i.part(), i.text(), i.answer());
        }
    }

    /** A participant's answer set as their coach reads it, with the item texts. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ParticipantAnswerResponse(UUID id, String instrumentCode, int version, Texts title,
                                     @Nullable BigDecimal score, LocalDateTime submittedAt,
                                     List<AnsweredItemResponse> items) {
        static ParticipantAnswerResponse from(AnswerReadService.Answer a) {
            return new ParticipantAnswerResponse(a.id(), a.instrumentCode(), a.version(), a.title(), a.score(),
                    a.submittedAt(), a.items().stream().map(AnsweredItemResponse::from).toList());
        }
    }

    /** Part 2 of one exit feedback form: the month (YYYY-MM) and the answers; no id, no name. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ExitFeedbackResponse(String month, List<AnsweredItemResponse> items) {
        static ExitFeedbackResponse from(AnswerReadService.TeamFeedback f) {
            return new ExitFeedbackResponse(f.month().toString(),
                    f.items().stream().map(AnsweredItemResponse::from).toList());
        }
    }

    /** One free-text item of an anonymous aggregate: count and texts, or "<5" and no texts. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ItemTextsResponse(String key, Texts text, String count, List<String> texts) {
    }

    /** Anonymous free text of one team, instrument and period; shuffled, nothing that groups or orders it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AnonymousTextsResponse(String instrumentCode, @Nullable Texts title, String period, String answers,
                                  List<ItemTextsResponse> items) {
        static AnonymousTextsResponse from(AnonymousTextService.Aggregate a) {
            return new AnonymousTextsResponse(a.instrumentCode(), a.title(), a.period(), a.answers(),
                    a.items().stream().map(i -> new ItemTextsResponse(i.key(), i.text(), i.count(), i.texts()))
                            .toList());
        }
    }
}
