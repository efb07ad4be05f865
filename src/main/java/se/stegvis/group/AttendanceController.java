package se.stegvis.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import se.stegvis.group.GroupResponses.SessionResponse;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.shared.Times;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Staff: attendance per session, the roster (JSON and CSV), trial-period weeks and statistics. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.COACH_ROLE, Role.TEAM_LEAD_ROLE})
@Tag(name = "Groups")
class AttendanceController {
    private final AttendanceService attendance;
    private final GroupStatisticsService statistics;
    private final CourseFeedbackService feedback;
    private final Clock clock;

    AttendanceController(AttendanceService attendance, GroupStatisticsService statistics,
                         CourseFeedbackService feedback, Clock clock) {
        this.feedback = feedback;
        this.attendance = attendance;
        this.statistics = statistics;
        this.clock = clock;
    }

    @Serdeable
    record AttendanceRequest(@NotNull List<UUID> present) {
    }

    @Serdeable
    record AttendanceResponse(UUID sessionId, List<UUID> present) {
    }

    @Serdeable
    record RosterLineResponse(UUID participantId, String displayName, BookingStatus status, int position,
                              List<UUID> attendedSessions, boolean enrolledHere) {
    }

    @Serdeable
    record RosterResponse(UUID activityId, List<SessionResponse> sessions, List<RosterLineResponse> people) {
        static RosterResponse from(AttendanceService.Roster r) {
            return new RosterResponse(r.activity().id(), r.sessions().stream().map(SessionResponse::from).toList(),
                    r.lines().stream().map(l -> new RosterLineResponse(l.participantId(), l.displayName(), l.status(),
                            l.position(), List.copyOf(l.attendedSessions()), l.enrolledHere())).toList());
        }
    }

    @Put("/activities/{activityId}/sessions/{sessionId}/attendance")
    @Operation(summary = "Mark who attended a session that has taken place (replaces earlier marks; booked only)")
    AttendanceResponse mark(@PathVariable UUID activityId, @PathVariable UUID sessionId,
                            @Body AttendanceRequest body, Authentication auth) {
        return new AttendanceResponse(sessionId, attendance.mark(Actor.of(auth), activityId, sessionId, body.present()));
    }

    @Get("/activities/{activityId}/roster")
    @Operation(summary = "The roster: booked first, then the waitlist in order, with attendance per session and "
            + "whether a person was enrolled through this startup group (audited)")
    RosterResponse roster(@PathVariable UUID activityId, Authentication auth) {
        return RosterResponse.from(attendance.roster(Actor.of(auth), activityId));
    }

    @Get(value = "/activities/{activityId}/roster.csv", produces = "text/csv")
    @Operation(summary = "The roster as CSV (RFC 4180), one column per session (audited)")
    HttpResponse<String> rosterCsv(@PathVariable UUID activityId, Authentication auth) {
        return HttpResponse.ok(RosterCsv.write(attendance.roster(Actor.of(auth), activityId)))
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"roster-" + activityId + ".csv\"")
                .header("Cache-Control", "no-store");
    }

    @Serdeable
    record FeedbackAveragesResponse(UUID activityId, String answers, @Nullable java.util.Map<String, java.math.BigDecimal> averages) {
    }

    @Get("/activities/{activityId}/feedback")
    @Operation(summary = "Average course feedback (1-5) per item from the attendees' GROUP_FEEDBACK answers after "
            + "the last session; only the count band (\"<3\") below three answers")
    FeedbackAveragesResponse feedback(@PathVariable UUID activityId, Authentication auth) {
        CourseFeedbackService.Averages a = feedback.averages(Actor.of(auth), activityId);
        return new FeedbackAveragesResponse(a.activityId(), a.answers(), a.items());
    }

    @Get("/participants/{participantId}/trial-attendance")
    @Operation(summary = "The participant's trial period week by week: attended, missed (warning), current, upcoming")
    TrialWeeks trial(@PathVariable UUID participantId, Authentication auth) {
        return attendance.trialWeeks(Actor.of(auth), participantId);
    }

    @Get("/teams/{teamId}/group-statistics{?from,to}")
    @Operation(summary = "The team's activity statistics for a period (default this year): activities and sessions "
            + "held, participants, attendance rate, participants by gender")
    GroupStatistics statistics(@PathVariable UUID teamId, @QueryValue @Nullable LocalDate from,
                               @QueryValue @Nullable LocalDate to, Authentication auth) {
        LocalDate today = Times.today(clock);
        return statistics.statistics(Actor.of(auth), teamId, from == null ? today.withDayOfYear(1) : from,
                to == null ? today : to);
    }
}
