package se.stegvis.group;

import jakarta.inject.Singleton;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.security.SubjectKind;
import se.stegvis.support.Fixtures.StaffLogin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Activities made through the real {@link ActivityService}, for the group tests and the
 * cross-team matrix: {@code groups.activity(coach, teamId, 10)} is a forest group with two
 * sessions next week, open for sign-up.
 */
@Singleton
public class GroupFixtures {
    private final ActivityService activities;
    private final Seats seats;
    private final SuggestionService suggestions;
    private final SuggestionRepository suggestionRepository;
    private final ProposalService proposals;
    private final StartupGroupService startup;
    private final Clock clock;

    GroupFixtures(ActivityService activities, Seats seats, SuggestionService suggestions,
                  SuggestionRepository suggestionRepository, ProposalService proposals, StartupGroupService startup,
                  Clock clock) {
        this.startup = startup;
        this.proposals = proposals;
        this.activities = activities;
        this.seats = seats;
        this.suggestions = suggestions;
        this.suggestionRepository = suggestionRepository;
        this.clock = clock;
    }

    /** An open activity of the team with the given capacity and two sessions next week. */
    public UUID activity(StaffLogin staff, UUID teamId, int capacity) {
        LocalDate d = LocalDate.now(clock).plusDays(7);
        return activity(staff, teamId, capacity, List.of(new SessionDraft(null, d, LocalTime.of(10, 0), LocalTime.of(12, 0)),
                new SessionDraft(null, d.plusDays(7), LocalTime.of(10, 0), LocalTime.of(12, 0))));
    }

    /** An open activity of the team with the given capacity, meeting 10-12 on each day relative to today (-15 = 15 days ago). */
    public UUID activityMeeting(StaffLogin staff, UUID teamId, int capacity, int... daysFromToday) {
        LocalDate today = LocalDate.now(clock);
        return activity(staff, teamId, capacity, java.util.Arrays.stream(daysFromToday).mapToObj(d ->
                new SessionDraft(null, today.plusDays(d), LocalTime.of(10, 0), LocalTime.of(12, 0))).toList());
    }

    UUID activity(StaffLogin staff, UUID teamId, int capacity, List<SessionDraft> sessions) {
        return activities.create(ParticipantFixtures.actor(staff), teamId, draft(capacity, sessions)).activity().id();
    }

    /** An open startup group of the team with the given capacity and two sessions next week. */
    public UUID startupGroup(StaffLogin staff, UUID teamId, int capacity) {
        LocalDate d = LocalDate.now(clock).plusDays(7);
        return startupGroup(staff, teamId, capacity, List.of(new SessionDraft(null, d, LocalTime.of(10, 0), LocalTime.of(12, 0)),
                new SessionDraft(null, d.plusDays(7), LocalTime.of(10, 0), LocalTime.of(12, 0))));
    }

    UUID startupGroup(StaffLogin staff, UUID teamId, int capacity, List<SessionDraft> sessions) {
        ActivityDraft d = draft(capacity, sessions);
        return activities.create(ParticipantFixtures.actor(staff), teamId, new ActivityDraft(ActivityType.STARTUP_GROUP,
                new Texts("Uppstartsgrupp", "Startup group", "مجموعة البدء"), d.description(), d.place(), capacity,
                null, null, sessions)).activity().id();
    }

    /**
     * Ids the cross-team matrix needs: a startup group meeting today and next week with the participant
     * booked and enrolled through it, a suggestion and a proposal of the team.
     */
    public record MatrixIds(UUID activityId, UUID sessionId, UUID suggestionId, UUID proposalId) {
    }

    public MatrixIds matrix(StaffLogin coach, ParticipantView participant) {
        LocalDate today = LocalDate.now(clock);
        UUID activity = startupGroup(coach, participant.teamId(), 5, List.of(
                new SessionDraft(null, today, LocalTime.of(10, 0), LocalTime.of(12, 0)),
                new SessionDraft(null, today.plusDays(7), LocalTime.of(10, 0), LocalTime.of(12, 0))));
        seats.take(participant, activity);
        startup.enrol(ParticipantFixtures.actor(coach), activity, participant.id());
        UUID suggestion = suggestion(participant, "Mer utomhus");
        UUID proposal = proposals.propose(ParticipantFixtures.actor(coach), participant.teamId(), ActivityType.THEME,
                new Texts("Temagrupp om sömn", null, null), 4).proposal().id();
        return new MatrixIds(activity, firstSession(coach, activity), suggestion, proposal);
    }

    /** The participant takes a seat, or a place on the waitlist when the activity is full: BOOKED or WAITLISTED. */
    public BookingStatus book(ParticipantView participant, UUID activityId) {
        return seats.take(participant, activityId).status();
    }

    /** An anonymous suggestion dropped by the participant into their team's box; its id. */
    public UUID suggestion(ParticipantView participant, String text) {
        suggestions.submit(new Actor(SubjectKind.PARTICIPANT, participant.id(), Role.PARTICIPANT, UUID.randomUUID()),
                UUID.randomUUID().toString(), "{}", text, () -> new se.stegvis.shared.IdempotencyService.StoredResponse(201, null));
        return suggestionRepository.findByTeamIdOrderByPeriodDescIdAsc(participant.teamId()).stream()
                .filter(s -> s.text().equals(text)).findFirst().orElseThrow().id();
    }

    /** The first session of an activity. */
    public UUID firstSession(StaffLogin staff, UUID activityId) {
        return activities.get(ParticipantFixtures.actor(staff), activityId).sessions().get(0).id();
    }

    static ActivityDraft draft(int capacity, List<SessionDraft> sessions) {
        return new ActivityDraft(ActivityType.FOREST, new Texts("Skogsgrupp", "Forest group", "مجموعة الغابة"),
                new Texts("Vi går i skogen, fikar och pratar.", "We walk in the forest, have coffee and talk.", null),
                "Träffpunkten, Avesta", capacity, null, null, sessions);
    }
}
