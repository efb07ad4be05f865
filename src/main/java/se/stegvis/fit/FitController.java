package se.stegvis.fit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import se.stegvis.fit.FitRequests.AcknowledgeAlertRequest;
import se.stegvis.fit.FitRequests.CreateSessionRequest;
import se.stegvis.fit.FitRequests.FitSettingsRequest;
import se.stegvis.fit.FitRequests.PaperRatingRequest;
import se.stegvis.fit.FitResponses.AlertResponse;
import se.stegvis.fit.FitResponses.GroupSummaryResponse;
import se.stegvis.fit.FitResponses.OpenedSessionResponse;
import se.stegvis.fit.FitResponses.RatingResponse;
import se.stegvis.fit.FitResponses.SessionResponse;
import se.stegvis.fit.FitResponses.SettingsResponse;
import se.stegvis.fit.FitResponses.TrendResponse;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.shared.IdempotencyJson;
import se.stegvis.shared.IdempotencyService;
import se.stegvis.shared.Messages;
import se.stegvis.shared.Times;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Feedback-informed work: sessions, ratings, the trend and its chart, alerts and the team's settings. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "FIT", description = "ORS/SRS per session, trends, alerts and settings (feedback-informed work)")
class FitController {
    private static final String SVG = "image/svg+xml";

    private final SessionService sessions;
    private final RatingService ratings;
    private final TrendService trends;
    private final AlertService alerts;
    private final FitSettingsService settings;
    private final IdempotencyJson json;
    private final Messages messages;
    private final Clock clock;

    FitController(SessionService sessions, RatingService ratings, TrendService trends, AlertService alerts,
                  FitSettingsService settings, IdempotencyJson json, Messages messages, Clock clock) {
        this.sessions = sessions;
        this.ratings = ratings;
        this.trends = trends;
        this.alerts = alerts;
        this.settings = settings;
        this.json = json;
        this.messages = messages;
        this.clock = clock;
    }

    @Post("/teams/{teamId}/fit/sessions")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "Record a meeting (individual or group); for today or later ORS and SRS go on each attendee's due list")
    HttpResponse<SessionResponse> record(@PathVariable UUID teamId, @Body @Valid CreateSessionRequest body,
                                         Authentication authentication) {
        return HttpResponse.created(SessionResponse.from(
                sessions.record(Actor.of(authentication), teamId, body.toNew())));
    }

    @Get("/teams/{teamId}/fit/sessions{?from,to}")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "The team's sessions held from..to (default the last 90 days), newest first")
    List<SessionResponse> list(@PathVariable UUID teamId, @QueryValue @Nullable LocalDate from,
                               @QueryValue @Nullable LocalDate to, Authentication authentication) {
        LocalDate end = to == null ? Times.today(clock).plusDays(SessionService.MAX_DAYS_AHEAD) : to;
        LocalDate start = from == null ? Times.today(clock).minusDays(90) : from;
        return sessions.list(Actor.of(authentication), teamId, start, end).stream().map(SessionResponse::from).toList();
    }

    @Get("/fit/sessions/{sessionId}")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "A session with its attendees and which ratings are in (audited)")
    SessionResponse session(@PathVariable UUID sessionId, Authentication authentication) {
        return SessionResponse.from(sessions.get(Actor.of(authentication), sessionId));
    }

    @Get("/participant/fit/sessions/{sessionCode}")
    @Secured(Role.PARTICIPANT_ROLE)
    @Operation(summary = "The session of today a code from my coach opens, and the form to fill in next (ORS, then SRS)")
    OpenedSessionResponse open(@PathVariable String sessionCode, Authentication authentication) {
        return OpenedSessionResponse.from(sessions.open(Actor.of(authentication), sessionCode));
    }

    @Post("/fit/sessions/{sessionId}/ratings")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "Enter an attendee's ORS or SRS from paper on their behalf (Idempotency-Key required; marked PAPER, audited)")
    HttpResponse<String> paper(@PathVariable UUID sessionId, @Header(IdempotencyService.HEADER) @Nullable String key,
                               @Body @Valid PaperRatingRequest body, Authentication authentication) {
        return IdempotencyJson.reply(ratings.enterPaper(Actor.of(authentication), key,
                json.canonical(body) + sessionId, sessionId, body.participantId(), body.instrumentCode(),
                body.answers(), r -> json.response(201, RatingResponse.from(r))));
    }

    @Get("/fit/sessions/{sessionId}/group-summary")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "A group session's SRS: number of answers, and average and spread only from the team's minimum (default 3)")
    GroupSummaryResponse groupSummary(@PathVariable UUID sessionId, Authentication authentication) {
        return GroupSummaryResponse.from(sessions.groupSummary(Actor.of(authentication), sessionId));
    }

    @Get("/participants/{participantId}/fit/trend")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "A participant's ORS and SRS per session with items, cutoff, expected band and alert markers (audited)")
    TrendResponse trend(@PathVariable UUID participantId, Authentication authentication) {
        return TrendResponse.from(trends.of(Actor.of(authentication), participantId));
    }

    @Get(value = "/participants/{participantId}/fit/chart", produces = SVG)
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "The same trend as an accessible SVG chart, in the language of Accept-Language (audited)")
    HttpResponse<String> chart(@PathVariable UUID participantId, HttpRequest<?> request, Authentication authentication) {
        TrendService.Trend t = trends.of(Actor.of(authentication), participantId);
        String svg = ChartSvg.render(t, new ChartLabels(messages, messages.supported(request.getLocale().orElse(null))));
        return HttpResponse.ok(svg).contentType(MediaType.of(SVG)).header("Cache-Control", "no-store");
    }

    @Get("/fit/alerts")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "Open alerts of the participants I am a coach of, newest first (audited)")
    List<AlertResponse> myAlerts(Authentication authentication) {
        return alerts.own(Actor.of(authentication)).stream().map(AlertResponse::from).toList();
    }

    @Get("/teams/{teamId}/fit/alerts")
    @Secured(Role.TEAM_LEAD_ROLE)
    @Operation(summary = "Open alerts of the team's participants, for its team lead (audited)")
    List<AlertResponse> teamAlerts(@PathVariable UUID teamId, Authentication authentication) {
        return alerts.ofTeam(Actor.of(authentication), teamId).stream().map(AlertResponse::from).toList();
    }

    @Post("/fit/alerts/{alertId}/acknowledgement")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
    @Operation(summary = "Acknowledge an alert with a short note (audited)")
    HttpResponse<Void> acknowledge(@PathVariable UUID alertId, @Body @Valid AcknowledgeAlertRequest body,
                                   Authentication authentication) {
        alerts.acknowledge(Actor.of(authentication), alertId, body.note());
        return HttpResponse.noContent();
    }

    @Get("/teams/{teamId}/fit/settings")
    @Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "The team's FIT thresholds (the documented defaults until changed)")
    SettingsResponse readSettings(@PathVariable UUID teamId, Authentication authentication) {
        return SettingsResponse.from(settings.read(Actor.of(authentication), teamId));
    }

    @Put("/teams/{teamId}/fit/settings")
    @Secured({Role.TEAM_LEAD_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Change the team's FIT thresholds (team lead of the team, or the association's admin; audited)")
    SettingsResponse changeSettings(@PathVariable UUID teamId, @Body @Valid FitSettingsRequest body,
                                    Authentication authentication) {
        return SettingsResponse.from(settings.update(Actor.of(authentication), teamId, body.toSettings()));
    }
}
