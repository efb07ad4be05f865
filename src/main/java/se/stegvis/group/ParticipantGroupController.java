package se.stegvis.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.stegvis.group.GroupResponses.BookingResponse;
import se.stegvis.group.GroupResponses.ParticipantActivityResponse;
import se.stegvis.group.GroupResponses.PromotionResponse;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.shared.IdempotencyJson;
import se.stegvis.shared.IdempotencyService;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The participant's side of groups: what my team offers, my seats and waitlist places. */
@Controller("/api/participant")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.PARTICIPANT_ROLE)
@Tag(name = "Groups")
class ParticipantGroupController {
    private final ActivityService activities;
    private final BookingService bookings;
    private final GroupAccess access;
    private final IdempotencyJson json;

    ParticipantGroupController(ActivityService activities, BookingService bookings, GroupAccess access,
                               IdempotencyJson json) {
        this.activities = activities;
        this.bookings = bookings;
        this.access = access;
        this.json = json;
    }

    @Get("/activities")
    @Operation(summary = "My team's activities with seats left and my own place (BOOKED, or WAITLISTED with position)")
    List<ParticipantActivityResponse> list(Authentication auth) {
        ParticipantView p = access.participant(Actor.of(auth));
        Map<UUID, BookingResult> mine = bookings.mine(p);
        return activities.listForParticipant(p).stream()
                .map(v -> ParticipantActivityResponse.from(v, mine.get(v.activity().id()))).toList();
    }

    @Post("/activities/{activityId}/booking")
    @Operation(summary = "Sign up (Idempotency-Key required): 201 BOOKED, or WAITLISTED with my position when full; "
            + "signing up again answers my current place")
    HttpResponse<String> signUp(@PathVariable UUID activityId, @Header(IdempotencyService.HEADER) @Nullable String key,
                                Authentication auth) {
        return IdempotencyJson.reply(bookings.signUp(Actor.of(auth), activityId, key,
                r -> json.response(201, BookingResponse.from(r))));
    }

    @Delete("/activities/{activityId}/booking")
    @Operation(summary = "Cancel my seat or waitlist place; a freed seat goes to the first on the waitlist")
    BookingResponse cancel(@PathVariable UUID activityId, Authentication auth) {
        return BookingResponse.from(bookings.cancel(Actor.of(auth), activityId));
    }

    @Get("/group-promotions")
    @Operation(summary = "Seats I got from the waitlist (PROMOTED), and freed seats that went past me because I hold "
            + "an overlapping seat under the team's rule (PASSED_OVER, I keep waiting), not yet acknowledged")
    List<PromotionResponse> promotions(Authentication auth) {
        return bookings.promotions(Actor.of(auth)).stream().map(PromotionResponse::from).toList();
    }

    @Post("/group-promotions/{activityId}/seen")
    @Operation(summary = "Acknowledge a promotion or a passed-over notice so it leaves my home page")
    HttpResponse<Void> seen(@PathVariable UUID activityId, Authentication auth) {
        bookings.promotionSeen(Actor.of(auth), activityId);
        return HttpResponse.noContent();
    }
}
