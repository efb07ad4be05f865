package se.stegvis.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import se.stegvis.instrument.PrivacyMode;
import se.stegvis.response.AnswerResponses.AnonymousTextsResponse;
import se.stegvis.response.AnswerResponses.ExitFeedbackResponse;
import se.stegvis.response.AnswerResponses.OwnAnswerResponse;
import se.stegvis.response.AnswerResponses.ParticipantAnswerResponse;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.shared.IdempotencyJson;
import se.stegvis.shared.IdempotencyService;

import java.util.List;
import java.util.UUID;

/** Answering: the participant gets an instrument and submits answers; staff read identified answers. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Answers", description = "Questionnaires answered on the phone: identified and anonymous")
class AnswerController {
    private final ParticipantInstruments instruments;
    private final AnswerService answers;
    private final AnswerReadService reads;
    private final AnonymousTextService anonymousTexts;
    private final IdempotencyJson json;

    AnswerController(ParticipantInstruments instruments, AnswerService answers, AnswerReadService reads,
                     AnonymousTextService anonymousTexts, IdempotencyJson json) {
        this.instruments = instruments;
        this.answers = answers;
        this.reads = reads;
        this.anonymousTexts = anonymousTexts;
        this.json = json;
    }

    @Get("/participant/instruments/{code}")
    @Secured(Role.PARTICIPANT_ROLE)
    @Operation(summary = "The current version of an instrument, worded for my team, in sv, en and ar")
    ParticipantInstrumentResponse instrument(@PathVariable String code, Authentication authentication) {
        return ParticipantInstrumentResponse.from(instruments.current(Actor.of(authentication), code));
    }

    @Post("/participant/responses")
    @Secured(Role.PARTICIPANT_ROLE)
    @Operation(summary = "Submit answers (Idempotency-Key required): identified 201 with the stored answer, "
            + "anonymous 201 {\"saved\":true} and nothing else")
    HttpResponse<String> submit(@Header(IdempotencyService.HEADER) @Nullable String key,
                                @Body @Valid SubmitAnswersRequest body, Authentication authentication) {
        return IdempotencyJson.reply(answers.submit(Actor.of(authentication), key, json.canonical(body),
                body.versionId(), body.answers(), receipt -> receipt.privacyMode() == PrivacyMode.ANONYMOUS
                        ? json.response(201, AnonymousSavedResponse.SAVED)
                        : json.response(201, SubmittedAnswerResponse.from(receipt.answer()))));
    }

    @Get("/participant/responses")
    @Secured(Role.PARTICIPANT_ROLE)
    @Operation(summary = "My identified answers, newest first (anonymous answers are nobody's, mine included)")
    List<OwnAnswerResponse> mine(Authentication authentication) {
        return reads.own(Actor.of(authentication)).stream().map(OwnAnswerResponse::from).toList();
    }

    @Get("/participants/{participantId}/responses")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "A participant's identified answers with the questions (audited); "
            + "part 2 of the exit feedback is read without names via the team's exit-feedback")
    List<ParticipantAnswerResponse> ofParticipant(@PathVariable UUID participantId, Authentication authentication) {
        return reads.ofParticipant(Actor.of(authentication), participantId).stream()
                .map(ParticipantAnswerResponse::from).toList();
    }

    @Get("/teams/{teamId}/exit-feedback{?from,to}")
    @Secured(Role.TEAM_LEAD_ROLE)
    @Operation(summary = "Part 2 of the team's exit feedback (YYYY-MM range, default the last 12 months): "
            + "no ids, no names, month only, shuffled within a month (audited)")
    List<ExitFeedbackResponse> exitFeedback(@PathVariable UUID teamId, @QueryValue @Nullable String from,
                                            @QueryValue @Nullable String to, Authentication authentication) {
        return reads.exitFeedback(Actor.of(authentication), teamId, from, to).stream()
                .map(ExitFeedbackResponse::from).toList();
    }

    @Get("/teams/{teamId}/anonymous-texts{?instrumentCode,period}")
    @Secured({Role.TEAM_LEAD_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Free-text answers of an anonymous instrument, only in aggregate: one team, one year "
            + "(YYYY, default this year) or half-year (YYYY-H1/H2), shuffled, no gender, age band or month; "
            + "\"<5\" and no texts below five answers (audited)")
    AnonymousTextsResponse anonymousTexts(@PathVariable UUID teamId, @QueryValue String instrumentCode,
                                          @QueryValue @Nullable String period, Authentication authentication) {
        return AnonymousTextsResponse.from(anonymousTexts.read(Actor.of(authentication), teamId, instrumentCode,
                period));
    }
}
