package se.stegvis.demo;

import jakarta.inject.Singleton;
import se.stegvis.fit.RatingService;
import se.stegvis.fit.SessionKind;
import se.stegvis.fit.SessionService;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantView;
import se.stegvis.participant.PathStage;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.security.SubjectKind;
import se.stegvis.shared.IdempotencyService.StoredResponse;
import se.stegvis.shared.Times;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * FIT demo: two enrolled participants of a team get weekly sessions with paper ratings, one improving,
 * one going the wrong way after a low session rating, and a session today whose ORS and SRS wait on
 * their phone.
 */
@Singleton
class DemoFit {
    private static final double[][] ORS = {{16, 18.5, 19, 22, 23.5, 25, 27, 28.5, 30}, {24, 23, 22.5, 20, 19.5, 19, 18}};
    private static final double[][] SRS = {{37, 38, 36.5, 33, 38, 39, 38.5, 39, 39.5}, {38, 37, 36, 35, 34, 36, 35}};

    private final SessionService sessions;
    private final RatingService ratings;
    private final ParticipantService participants;
    private final Clock clock;

    DemoFit(SessionService sessions, RatingService ratings, ParticipantService participants, Clock clock) {
        this.sessions = sessions;
        this.ratings = ratings;
        this.participants = participants;
        this.clock = clock;
    }

    void seed(UUID teamId, UUID coachId) {
        Actor coach = new Actor(SubjectKind.STAFF, coachId, Role.COACH, UUID.randomUUID());
        LocalDate today = Times.today(clock);
        List<ParticipantView> enrolled = participants.list(coach, teamId, PathStage.ENROLLED);
        for (int i = 0; i < Math.min(2, enrolled.size()); i++) {
            ParticipantView p = enrolled.get(i);
            long weeks = ChronoUnit.WEEKS.between(p.details().path().enrolmentDate(), today);
            int n = (int) Math.min(ORS[i].length, weeks);
            for (int s = 0; s < n; s++) {
                LocalDate day = today.minusWeeks(n - s);
                UUID session = sessions.record(coach, teamId, new SessionService.NewSession(SessionKind.INDIVIDUAL, day,
                        null, List.of(p.id()), null)).id();
                paper(coach, session, p.id(), "ORS", List.of("individually", "interpersonally", "socially", "overall"), ORS[i][s]);
                paper(coach, session, p.id(), "SRS", List.of("relationship", "goals_and_topics", "approach", "overall"), SRS[i][s]);
            }
            sessions.record(coach, teamId, new SessionService.NewSession(SessionKind.INDIVIDUAL, today, null,
                    List.of(p.id()), null));
        }
    }

    private void paper(Actor coach, UUID session, UUID participant, String code, List<String> keys, double total) {
        BigDecimal t = BigDecimal.valueOf(total);
        BigDecimal quarter = t.divide(BigDecimal.valueOf(4), 1, RoundingMode.DOWN);
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int k = 0; k < 3; k++) {
            answers.put(keys.get(k), quarter);
        }
        answers.put(keys.get(3), t.subtract(quarter.multiply(BigDecimal.valueOf(3))).min(BigDecimal.TEN));
        ratings.enterPaper(coach, UUID.randomUUID().toString(), code + session, session, participant, code, answers,
                r -> new StoredResponse(201, "{}"));
    }
}
