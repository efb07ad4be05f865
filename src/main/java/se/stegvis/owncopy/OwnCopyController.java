package se.stegvis.owncopy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.shared.Messages;
import se.stegvis.shared.ProblemFactory;

import java.util.Locale;
import java.util.UUID;

/**
 * The participant's own copy (GDPR article 15) as a download: JSON or a printable HTML page, never cached.
 * Staff: coaches and team leads of the participant's team (another team's participant: 404), in
 * {@code lang}, else Accept-Language, else Swedish. The participant: only their own, in their language.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Own copy", description = "Everything stored about a participant, for them (GDPR article 15)")
class OwnCopyController {
    private static final String SECTIONS = " Sections (key: entry fields): participant (displayName, "
            + "preferredLanguage, team, gender, birthYear, education, yearsInSupport, incomeBefore, referrer, "
            + "homeMunicipality, referralDate, studyVisitDate, queueDate, enrolmentDate, trialEndDate, exitDate, "
            + "incomeAfter, createdAt, updatedAt); coaches (coach); outcomes (outcome); identifiedAnswers "
            + "(instrumentCode, instrument, version, submittedAt, score, answers[question, answer]); dueItems "
            + "(instrumentCode, instrument, dueDate, reason, requestedBy, answered, answeredOn); screenings (submittedAt, "
            + "declined; staff who may read them also urgent, answers[question, answer]); fitRatings (sessionDate, "
            + "sessionKind, instrumentCode, item1-item4, total, source, enteredBy, recordedAt); fitCountedRatings "
            + "(sessionDate, instrumentCode, total: the ratings the reports count); fitFirstOrs "
            + "(sessionDate, total: the first complete ORS, kept for the reports); fitYearFigures (yearHeld, srsSum, "
            + "srsN, latestTotal, latestOrsDate: per year, kept for the reports); fitAttendance "
            + "(sessionDate, sessionKind, title, coach); fitAlerts (kind, raisedAt, sessionDate, acknowledgedAt, "
            + "acknowledgedBy, note); groupBookings (activity, status, bookedAt, promotedAt, passedOverAt); "
            + "groupAttendance (activity, sessionDate, startTime, markedBy, markedAt); groupInterest (proposal); "
            + "startupEnrolment (activity, enrolledBy, enrolledAt); groupSignUps (signUps); calendarFeed (language); "
            + "invitations (createdAt, createdBy, expiresAt, usedAt, revokedAt); loginSessions (createdAt, "
            + "lastUsedAt, expiresAt, revokedAt, revokedReason); auditEntries (at, who, action, detail). People "
            + "(staff; in auditEntries.who also the participant, role PARTICIPANT) as {name, role}; times UTC. Never a code, token or hash. Anonymous answers and suggestions "
            + "are not included (listed under excluded). Audited as OWN_COPY_EXPORTED.";
    private static final String NO_STORE = "no-store";

    private final OwnCopyService copies;
    private final Messages messages;
    private final ProblemFactory problems;

    OwnCopyController(OwnCopyService copies, Messages messages, ProblemFactory problems) {
        this.copies = copies;
        this.messages = messages;
        this.problems = problems;
    }

    @Get(value = "/participants/{participantId}/own-copy{?lang}", produces = MediaType.APPLICATION_JSON)
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "A participant's own copy as JSON, to hand over (GDPR article 15)",
            description = "Coaches and team leads of the participant's team; screening answers when the caller "
                    + "may read them (that read is audited)." + SECTIONS)
    HttpResponse<OwnCopyResponse> staffJson(@PathVariable UUID participantId, @QueryValue @Nullable String lang,
                                            HttpRequest<?> request, Authentication authentication) {
        Locale locale = locale(lang, request);
        OwnCopy copy = copies.forStaff(Actor.of(authentication), participantId, locale, "json");
        return download(HttpResponse.ok(OwnCopyResponse.from(copy, new OwnCopyText(messages, copy.locale()))),
                copy, "json");
    }

    @Get(value = "/participants/{participantId}/own-copy.html{?lang}", produces = MediaType.TEXT_HTML)
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "A participant's own copy as a printable HTML page, to hand over (GDPR article 15)",
            description = "The same content as the JSON copy, worded in lang, Accept-Language or Swedish.")
    HttpResponse<String> staffHtml(@PathVariable UUID participantId, @QueryValue @Nullable String lang,
                                   HttpRequest<?> request, Authentication authentication) {
        OwnCopy copy = copies.forStaff(Actor.of(authentication), participantId, locale(lang, request), "html");
        return html(copy);
    }

    @Get(value = "/participant/own-copy", produces = MediaType.APPLICATION_JSON)
    @Secured(Role.PARTICIPANT_ROLE)
    @Operation(summary = "My own copy as JSON: everything stored about me (GDPR article 15)",
            description = "In the participant's language; screenings without their answers (the coach hands "
                    + "them over at a meeting)." + SECTIONS)
    HttpResponse<OwnCopyResponse> ownJson(Authentication authentication) {
        OwnCopy copy = copies.forParticipant(Actor.of(authentication), "json");
        return download(HttpResponse.ok(OwnCopyResponse.from(copy, new OwnCopyText(messages, copy.locale()))),
                copy, "json");
    }

    @Get(value = "/participant/own-copy.html", produces = MediaType.TEXT_HTML)
    @Secured(Role.PARTICIPANT_ROLE)
    @Operation(summary = "My own copy as a printable HTML page (GDPR article 15)")
    HttpResponse<String> ownHtml(Authentication authentication) {
        return html(copies.forParticipant(Actor.of(authentication), "html"));
    }

    private HttpResponse<String> html(OwnCopy copy) {
        String page = OwnCopyHtml.write(copy, new OwnCopyText(messages, copy.locale()));
        return download(HttpResponse.ok(page).contentType(MediaType.TEXT_HTML_TYPE + ";charset=utf-8")
                .header("Content-Security-Policy", OwnCopyHtml.CONTENT_SECURITY_POLICY), copy, "html");
    }

    private static <T> MutableHttpResponse<T> download(MutableHttpResponse<T> response, OwnCopy copy, String ext) {
        return response.header("Cache-Control", NO_STORE).header("Content-Disposition",
                "attachment; filename=\"stegvis-own-copy-" + copy.generatedAt().toLocalDate() + "." + ext + "\"");
    }

    private Locale locale(@Nullable String lang, HttpRequest<?> request) {
        return lang == null || lang.isBlank() ? problems.locale(request) : messages.supported(Locale.forLanguageTag(lang));
    }
}
