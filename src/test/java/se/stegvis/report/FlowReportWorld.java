package se.stegvis.report;

import jakarta.inject.Singleton;
import se.stegvis.participant.Gender;
import se.stegvis.participant.IncomeSource;
import se.stegvis.participant.Outcome;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.participant.Referrer;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.time.LocalDate;
import java.util.UUID;

import static se.stegvis.participant.Gender.MAN;
import static se.stegvis.participant.Gender.OTHER_UNKNOWN;
import static se.stegvis.participant.Gender.WOMAN;
import static se.stegvis.participant.IncomeSource.AKTIVITETSSTOD;
import static se.stegvis.participant.IncomeSource.FORSORJNINGSSTOD;
import static se.stegvis.participant.IncomeSource.SALARY;
import static se.stegvis.participant.IncomeSource.SJUKPENNING;

/**
 * Two teams of one association with hand-made paths around the year 2025, for the flow, inflow and
 * queue sections. The numbers in the comments are the person numbers the tests' expected figures refer
 * to. Team A holds every case (boundaries, multi-outcome exits, a dropout in the trial period, gender
 * other/unknown, a queue, an exit before enrolment, a dropout from the queue); team B a few other people.
 */
@Singleton
class FlowReportWorld {
    static final ReportPeriod YEAR = ReportPeriod.year(2025);

    private final Fixtures fixtures;
    private final ParticipantFixtures people;

    FlowReportWorld(Fixtures fixtures, ParticipantFixtures people) {
        this.fixtures = fixtures;
        this.people = people;
    }

    record World(UUID association, TeamView a, TeamView b, StaffLogin coordinator, LocalDate dropoutTrialEnd) {
    }

    static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    World build() {
        UUID association = fixtures.association();
        TeamView a = fixtures.team(association);
        TeamView b = fixtures.team(association);
        LocalDate trialEnd = teamA(a, fixtures.coach(a));
        teamB(b, fixtures.coach(b));
        return new World(association, a, b, fixtures.coordinator(association), trialEnd);
    }

    private ParticipantFixtures.Builder person(Gender g) {
        return people.aParticipant().gender(g).referredBy(Referrer.SOCIAL_SERVICES).incomeBefore(FORSORJNINGSSTOD);
    }

    /** Returns the trial end of the dropout (12), which must lie after the dropout's exit. */
    private LocalDate teamA(TeamView t, StaffLogin c) {
        // Active at start, still active at end: 1, 2, 3 (enrolled on the day before the period).
        person(WOMAN).enrolledOn(d(2024, 3, 1)).createdIn(t, c);
        person(WOMAN).enrolledOn(d(2024, 6, 10)).createdIn(t, c);
        person(MAN).enrolledOn(d(2024, 12, 31)).createdIn(t, c);
        // Active at start, exit in the period: 4 (on its first day, two outcomes), 5.
        person(WOMAN).enrolledOn(d(2024, 5, 1)).exitedOn(d(2025, 1, 1), SALARY, Outcome.WORK, Outcome.STUDIES)
                .createdIn(t, c);
        person(MAN).incomeBefore(SJUKPENNING).enrolledOn(d(2024, 9, 1))
                .exitedOn(d(2025, 6, 15), SALARY, Outcome.WORK).createdIn(t, c);
        // Active at start, exit after the period: 6. Exit before the period: 7 (counted nowhere).
        person(OTHER_UNKNOWN).enrolledOn(d(2024, 10, 1)).exitedOn(d(2026, 1, 15), SALARY, Outcome.WORK)
                .createdIn(t, c);
        person(WOMAN).enrolledOn(d(2023, 5, 1)).exitedOn(d(2024, 12, 31), SALARY, Outcome.WORK).createdIn(t, c);
        // New and still active: 8 (first day), 9 (last day), 10, 11, 25, 26.
        person(WOMAN).referredBy(Referrer.ARBETSFORMEDLINGEN).incomeBefore(AKTIVITETSSTOD).enrolledOn(d(2025, 1, 1))
                .createdIn(t, c);
        person(WOMAN).enrolledOn(d(2025, 12, 31)).createdIn(t, c);
        person(MAN).enrolledOn(d(2025, 3, 1)).createdIn(t, c);
        person(OTHER_UNKNOWN).referredBy(Referrer.PSYCHIATRY).incomeBefore(IncomeSource.SJUKERSATTNING)
                .enrolledOn(d(2025, 4, 1)).createdIn(t, c);
        person(WOMAN).enrolledOn(d(2025, 6, 1)).createdIn(t, c);
        person(WOMAN).enrolledOn(d(2025, 9, 1)).createdIn(t, c);
        // New and exit in the period: 12 (dropout in the trial period, income after not recorded),
        // 13 (two outcomes, exit on the last day), 14.
        ParticipantView dropout = person(WOMAN).referredBy(Referrer.FORSAKRINGSKASSAN).incomeBefore(SJUKPENNING)
                .enrolledOn(d(2025, 2, 1)).exitedOn(d(2025, 3, 1), null, Outcome.DROPOUT).createdIn(t, c);
        person(MAN).referredBy(Referrer.ARBETSFORMEDLINGEN).incomeBefore(AKTIVITETSSTOD).enrolledOn(d(2025, 2, 15))
                .exitedOn(d(2025, 12, 31), AKTIVITETSSTOD, Outcome.WORK_SUBSIDISED, Outcome.STUDIES).createdIn(t, c);
        person(WOMAN).referredBy(Referrer.PRIMARY_CARE).incomeBefore(SJUKPENNING).enrolledOn(d(2025, 5, 1))
                .exitedOn(d(2025, 11, 30), SJUKPENNING, Outcome.MEDICAL_REHAB).createdIn(t, c);
        // New, exit after the period: 15.
        person(MAN).enrolledOn(d(2025, 8, 1)).exitedOn(d(2026, 2, 1), SALARY, Outcome.WORK).createdIn(t, c);
        // The queue at 2025-12-31: 16 (enrolled the day after, 30 days), 17 (91), 18 (queued on the last day,
        // 0), 19 (213), 23 (305), 27 (left the queue after the period, 121). Not waiting: 20 (left the queue
        // in the period: an exit without enrolment), 21 (queued after the period).
        person(WOMAN).queuedOn(d(2025, 12, 1)).enrolledOn(d(2026, 1, 1)).createdIn(t, c);
        person(WOMAN).queuedOn(d(2025, 10, 1)).createdIn(t, c);
        person(MAN).queuedOn(d(2025, 12, 31)).createdIn(t, c);
        person(OTHER_UNKNOWN).queuedOn(d(2025, 6, 1)).createdIn(t, c);
        person(WOMAN).queuedOn(d(2025, 3, 1)).createdIn(t, c);
        person(MAN).queuedOn(d(2025, 9, 1)).exitedOn(d(2026, 2, 1), null, Outcome.DROPOUT).createdIn(t, c);
        person(WOMAN).queuedOn(d(2025, 11, 1)).exitedOn(d(2025, 11, 20), null, Outcome.DROPOUT).createdIn(t, c);
        person(MAN).queuedOn(d(2026, 1, 10)).createdIn(t, c);
        // 24: enrolled in the period, exit forced to before the period (breaks start + new − exits = end).
        ParticipantView broken = person(MAN).referredBy(Referrer.SELF).incomeBefore(SALARY).enrolledOn(d(2025, 5, 1))
                .exitedOn(d(2025, 6, 1), SALARY, Outcome.OTHER).createdIn(t, c);
        people.forceExitDate(broken.id(), d(2024, 12, 1));
        return dropout.details().path().trialEndDate();
    }

    private void teamB(TeamView t, StaffLogin c) {
        person(MAN).enrolledOn(d(2024, 1, 1)).createdIn(t, c);
        person(MAN).referredBy(Referrer.KAA).incomeBefore(IncomeSource.SJUKERSATTNING).enrolledOn(d(2025, 3, 3))
                .exitedOn(d(2025, 9, 9), SALARY, Outcome.WORK).createdIn(t, c);
        person(WOMAN).queuedOn(d(2025, 7, 1)).createdIn(t, c);
        person(OTHER_UNKNOWN).referredBy(Referrer.SCHOOL).incomeBefore(IncomeSource.NONE).enrolledOn(d(2025, 10, 10))
                .createdIn(t, c);
    }
}
