package se.stegvis.fit;

import jakarta.inject.Singleton;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.participant.ParticipantView;
import se.stegvis.shared.Ids;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes many sessions with ratings straight through the feature's repositories (a history of 200
 * sessions through the API would take minutes), the same rows the services write. Public for the
 * report tests (the FIT section of the report).
 */
@Singleton
public class FitTestData {
    private final SessionRepository sessions;
    private final AttendanceRepository attendance;
    private final RatingRepository ratings;
    private final InstrumentService instruments;
    private final Ids ids;

    FitTestData(SessionRepository sessions, AttendanceRepository attendance, RatingRepository ratings,
                InstrumentService instruments, Ids ids) {
        this.sessions = sessions;
        this.attendance = attendance;
        this.ratings = ratings;
        this.instruments = instruments;
        this.ids = ids;
    }

    /**
     * Weekly individual sessions ending {@code lastOn}, one per entry of {@code ors}; each with that ORS
     * total and an SRS of {@code srs} (null: none).
     */
    public List<UUID> history(TeamView team, StaffLogin coach, ParticipantView p, LocalDate lastOn, double[] ors, Double srs) {
        UUID orsVersion = instruments.current(team.associationId(), "ORS").versionId();
        UUID srsVersion = instruments.current(team.associationId(), "SRS").versionId();
        List<FitSession> ss = new ArrayList<>();
        List<Attendance> as = new ArrayList<>();
        List<Rating> rs = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now().withNano(0);
        for (int i = 0; i < ors.length; i++) {
            FitSession s = new FitSession(ids.newId(), team.id(), team.associationId(), SessionKind.INDIVIDUAL,
                    lastOn.minusWeeks(ors.length - 1 - i), coach.id(), null, now, coach.id(), null);
            ss.add(s);
            as.add(new Attendance(ids.newId(), s.id(), p.id(), null, null));
            rs.add(rating(s, p, "ORS", orsVersion, ors[i]));
            if (srs != null) {
                rs.add(rating(s, p, "SRS", srsVersion, srs));
            }
        }
        sessions.saveAll(ss);
        attendance.saveAll(as);
        ratings.saveAll(rs);
        return ss.stream().map(FitSession::id).toList();
    }

    private Rating rating(FitSession s, ParticipantView p, String code, UUID version, double total) {
        List<BigDecimal> items = Points.even(total);
        return new Rating(ids.newId(), s.id(), p.id(), s.teamId(), code, version, null, items.get(0), items.get(1),
                items.get(2), items.get(3), new Scores(code, items).total(), RatingSource.PAPER, s.coachId(),
                LocalDateTime.now().withNano(0));
    }
}
