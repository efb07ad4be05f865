package se.stegvis.report;

import jakarta.inject.Singleton;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.support.Fixtures;
import se.stegvis.team.TeamService;
import se.stegvis.team.TeamView;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static se.stegvis.participant.IncomeSource.SALARY;
import static se.stegvis.participant.Outcome.DROPOUT;
import static se.stegvis.participant.Outcome.JOB_SEEKING;
import static se.stegvis.participant.Outcome.MEDICAL_REHAB;
import static se.stegvis.participant.Outcome.OTHER;
import static se.stegvis.participant.Outcome.SICKNESS_COMPENSATION;
import static se.stegvis.participant.Outcome.STUDIES;
import static se.stegvis.participant.Outcome.WORK;
import static se.stegvis.participant.Outcome.WORK_SUBSIDISED;

/**
 * A hand-built team-year (2025) for the outcomes section, with a known answer for every figure.
 * Team A counts the default goal outcomes (work, subsidised work, studies, job-seeking, continued
 * vocational rehabilitation); team B only work and medical rehabilitation, so the same outcome
 * reaches the goal in one team and not in the other. Days between enrolment and exit are written out
 * per person; months are days / 30.4375 ({@link se.stegvis.participant.OutcomeFigures#months}).
 *
 * <pre>
 * team A   gender born yrs  enrolment   exit        outcomes          notes
 *  A1      W      1990  6   2024-03-01  2025-02-28  WORK+STUDIES      364 d, age 35
 *  A2      W      2000  2   2025-01-15  2025-02-01  DROPOUT           in the trial period, new, age 25
 *  A3      O      1970 12   2024-06-01  2025-06-01  WORK              365 d, age 55
 *  A4      M      2005  0   2025-02-01  2025-08-01  STUDIES           181 d, new, age 20
 *  A5      W      1985  3   2023-11-01  2025-03-31  JOB_SEEKING       516 d, enrolled two periods back
 *  A6      W      1978  7   2024-09-15  2025-09-30  WORK_SUBSIDISED   380 d, age 47
 *  A7      W      1995  1   2024-01-10  2025-05-10  WORK              486 d, age 30
 *  A8      M      1980  9   2024-04-01  2025-10-01  MEDICAL_REHAB     not a goal in A, age 45
 *  A9      W      1999  5   2025-03-01  2025-11-30  STUDIES           274 d, new, age 26
 *  A10     M      1988  4   2024-05-01  2025-12-31  WORK+STUDIES      609 d, last day, age 37
 *  A11     W      1983  2   2024-02-01  2024-12-31  WORK              334 d, exit before the period
 *  A12     M      1983 10   2025-10-01  -                             new, age 42, still enrolled
 *  A13     W      1987  2   2024-08-01  2026-01-15  WORK              exit after the period
 *  A14     W      1996  2   -           2025-03-01  DROPOUT           never enrolled: no exit here
 *  A15     M      1961  8   2024-07-01  2025-04-15  DROPOUT           age 64
 *  A16     W      2001  1   2024-10-01  2025-07-01  OTHER             age 24
 *  A17     M      1972 11   2024-02-15  2025-06-30  SICKNESS_COMP.    age 53
 *  A18     W      1975  8   2025-04-01  -                             new, age 50
 *  A19     O      1992  -   2025-06-01  -                             new, age 33, years unknown
 *  A20     M      1985  3   2023-05-01  2024-03-15  STUDIES           319 d, trend only
 *  A21     W      1980  3   2023-01-20  2024-01-20  WORK              before every trend window
 * team B
 *  B1      W      1980  4   2024-06-01  2025-06-01  STUDIES           not a goal in B
 *  B2      M      1975  6   2024-03-01  2025-03-01  MEDICAL_REHAB     365 d, a goal in B
 *  B3      W      1990  3   2025-01-01  2025-04-01  WORK              90 d, new, age 35
 * </pre>
 */
@Singleton
class OutcomesTeamYear {
    static final ReportPeriod YEAR = ReportPeriod.year(2025);

    /** Days of team A's goal exits per window R12-2025-01 .. R12-2025-12 (see the class comment). */
    static final int[][] TREND_A = {
            {319, 334},
            {319, 334, 364},
            {334, 364, 516},
            {334, 364, 516},
            {334, 364, 516, 486},
            {334, 364, 516, 486, 365},
            {334, 364, 516, 486, 365},
            {334, 364, 516, 486, 365, 181},
            {334, 364, 516, 486, 365, 181, 380},
            {334, 364, 516, 486, 365, 181, 380},
            {334, 364, 516, 486, 365, 181, 380, 274},
            {364, 516, 486, 365, 181, 380, 274, 609},
    };

    /** The association and its two teams, freshly made. */
    record Built(UUID association, TeamView a, TeamView b) {
    }

    private final Fixtures fixtures;
    private final ParticipantFixtures people;
    private final TeamService teamService;

    OutcomesTeamYear(Fixtures fixtures, ParticipantFixtures people, TeamService teamService) {
        this.fixtures = fixtures;
        this.people = people;
        this.teamService = teamService;
    }

    Built build() {
        UUID association = fixtures.association();
        TeamView a = fixtures.team(association);
        TeamView b = teamService.createTeam(association, fixtures.unique("Samverkansteam Hedemora"), "Hedemora",
                List.of("Hedemora"), List.of("WORK", "MEDICAL_REHAB"), 2);
        Fixtures.StaffLogin coachA = fixtures.coach(a);
        Fixtures.StaffLogin coachB = fixtures.coach(b);
        people.aParticipant().woman().born(1990).yearsInSupport(6).enrolledOn(d("2024-03-01")).exitedOn(d("2025-02-28"), SALARY, WORK, STUDIES).createdIn(a, coachA);
        people.aParticipant().woman().born(2000).yearsInSupport(2).enrolledOn(d("2025-01-15")).exitedOn(d("2025-02-01"), SALARY, DROPOUT).createdIn(a, coachA);
        people.aParticipant().otherOrUnknown().born(1970).yearsInSupport(12).enrolledOn(d("2024-06-01")).exitedOn(d("2025-06-01"), SALARY, WORK).createdIn(a, coachA);
        people.aParticipant().man().born(2005).yearsInSupport(0).enrolledOn(d("2025-02-01")).exitedOn(d("2025-08-01"), SALARY, STUDIES).createdIn(a, coachA);
        people.aParticipant().woman().born(1985).yearsInSupport(3).enrolledOn(d("2023-11-01")).exitedOn(d("2025-03-31"), SALARY, JOB_SEEKING).createdIn(a, coachA);
        people.aParticipant().woman().born(1978).yearsInSupport(7).enrolledOn(d("2024-09-15")).exitedOn(d("2025-09-30"), SALARY, WORK_SUBSIDISED).createdIn(a, coachA);
        people.aParticipant().woman().born(1995).yearsInSupport(1).enrolledOn(d("2024-01-10")).exitedOn(d("2025-05-10"), SALARY, WORK).createdIn(a, coachA);
        people.aParticipant().man().born(1980).yearsInSupport(9).enrolledOn(d("2024-04-01")).exitedOn(d("2025-10-01"), SALARY, MEDICAL_REHAB).createdIn(a, coachA);
        people.aParticipant().woman().born(1999).yearsInSupport(5).enrolledOn(d("2025-03-01")).exitedOn(d("2025-11-30"), SALARY, STUDIES).createdIn(a, coachA);
        people.aParticipant().man().born(1988).yearsInSupport(4).enrolledOn(d("2024-05-01")).exitedOn(d("2025-12-31"), SALARY, WORK, STUDIES).createdIn(a, coachA);
        people.aParticipant().woman().born(1983).yearsInSupport(2).enrolledOn(d("2024-02-01")).exitedOn(d("2024-12-31"), SALARY, WORK).createdIn(a, coachA);
        people.aParticipant().man().born(1983).yearsInSupport(10).enrolledOn(d("2025-10-01")).createdIn(a, coachA);
        people.aParticipant().woman().born(1987).yearsInSupport(2).enrolledOn(d("2024-08-01")).exitedOn(d("2026-01-15"), SALARY, WORK).createdIn(a, coachA);
        people.aParticipant().woman().born(1996).yearsInSupport(2).referredOn(d("2025-02-01")).exitedOn(d("2025-03-01"), SALARY, DROPOUT).createdIn(a, coachA);
        people.aParticipant().man().born(1961).yearsInSupport(8).enrolledOn(d("2024-07-01")).exitedOn(d("2025-04-15"), SALARY, DROPOUT).createdIn(a, coachA);
        people.aParticipant().woman().born(2001).yearsInSupport(1).enrolledOn(d("2024-10-01")).exitedOn(d("2025-07-01"), SALARY, OTHER).createdIn(a, coachA);
        people.aParticipant().man().born(1972).yearsInSupport(11).enrolledOn(d("2024-02-15")).exitedOn(d("2025-06-30"), SALARY, SICKNESS_COMPENSATION).createdIn(a, coachA);
        people.aParticipant().woman().born(1975).yearsInSupport(8).enrolledOn(d("2025-04-01")).createdIn(a, coachA);
        people.aParticipant().otherOrUnknown().born(1992).yearsInSupport(null).enrolledOn(d("2025-06-01")).createdIn(a, coachA);
        people.aParticipant().man().born(1985).yearsInSupport(3).enrolledOn(d("2023-05-01")).exitedOn(d("2024-03-15"), SALARY, STUDIES).createdIn(a, coachA);
        people.aParticipant().woman().born(1980).yearsInSupport(3).enrolledOn(d("2023-01-20")).exitedOn(d("2024-01-20"), SALARY, WORK).createdIn(a, coachA);

        people.aParticipant().woman().born(1980).yearsInSupport(4).enrolledOn(d("2024-06-01")).exitedOn(d("2025-06-01"), SALARY, STUDIES).createdIn(b, coachB);
        people.aParticipant().man().born(1975).yearsInSupport(6).enrolledOn(d("2024-03-01")).exitedOn(d("2025-03-01"), SALARY, MEDICAL_REHAB).createdIn(b, coachB);
        people.aParticipant().woman().born(1990).yearsInSupport(3).enrolledOn(d("2025-01-01")).exitedOn(d("2025-04-01"), SALARY, WORK).createdIn(b, coachB);
        return new Built(association, a, b);
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }
}
