package se.stegvis.demo;

import se.stegvis.shared.Times;
import jakarta.inject.Singleton;
import se.stegvis.participant.Education;
import se.stegvis.participant.Gender;
import se.stegvis.participant.IncomeSource;
import se.stegvis.participant.Outcome;
import se.stegvis.participant.ParticipantDetails;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantView;
import se.stegvis.participant.PathDates;
import se.stegvis.participant.Referrer;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.security.SubjectKind;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Fifteen participants per team, spread over the path: referred, study visit, queue, trial,
 * enrolled, and exits last year and this year (work, studies, job-seeking, continued
 * rehabilitation, sickness compensation, dropouts). A fixed seed makes every demo the same.
 */
@Singleton
class DemoParticipants {
    private static final String[] NAMES = {
        "Anna K.", "Mohammed A.", "Sara L.", "Johan P.", "Fatima H.", "Erik S.", "Leila M.", "Jonas B.",
        "Amina Y.", "Per O.", "Maria N.", "Ahmed R.", "Elin G.", "Noor S.", "Kalle J.", "Åsa Ö.",
        "Yusuf D.", "Lina W.", "Mikael T.", "Hanna E.", "Rania F.", "Oskar V.", "Sanna I.", "Ali Z.",
        "Emma C.", "Hassan Q.", "Jenny U.", "Björn Ä.", "Zainab X.", "Linnea R."};

    /** How far along the path each of a team's fifteen participants is. */
    private enum Stage { REFERRED, STUDY_VISIT, QUEUED, TRIAL, ENROLLED, EXIT_WORK, EXIT_STUDIES_AND_WORK,
        EXIT_JOB_SEEKING, EXIT_CONTINUED, EXIT_SICKNESS, EXIT_DROPOUT, EXIT_DROPOUT_FROM_QUEUE }

    private static final List<Stage> PLAN = List.of(Stage.REFERRED, Stage.REFERRED, Stage.STUDY_VISIT, Stage.QUEUED,
            Stage.QUEUED, Stage.TRIAL, Stage.TRIAL, Stage.ENROLLED, Stage.ENROLLED, Stage.ENROLLED, Stage.EXIT_WORK,
            Stage.EXIT_STUDIES_AND_WORK, Stage.EXIT_JOB_SEEKING, Stage.EXIT_DROPOUT, Stage.EXIT_DROPOUT_FROM_QUEUE);
    private static final List<Stage> LAST_YEAR = List.of(Stage.EXIT_CONTINUED, Stage.EXIT_SICKNESS, Stage.EXIT_WORK);

    private final ParticipantService participants;
    private final Clock clock;

    DemoParticipants(ParticipantService participants, Clock clock) {
        this.participants = participants;
        this.clock = clock;
    }

    void seedTeam(UUID teamId, List<String> municipalities, UUID coachId, UUID teamLeadId, int seed) {
        Actor coach = new Actor(SubjectKind.STAFF, coachId, Role.COACH, UUID.randomUUID());
        Random random = new Random(seed);
        LocalDate today = Times.today(clock);
        int n = 0;
        for (Stage stage : PLAN) {
            create(coach, teamId, municipalities, List.of(coachId), stage, today, random, (seed - 1) * 15 + n++, 0);
        }
        // A few exits from last year, so reports and trends have history.
        for (Stage stage : LAST_YEAR.subList(0, seed == 1 ? 3 : 2)) {
            create(coach, teamId, municipalities, List.of(coachId, teamLeadId), stage, today, random, (seed - 1) * 15 + n++, 12);
        }
    }

    private void create(Actor coach, UUID teamId, List<String> municipalities, List<UUID> coaches, Stage stage, LocalDate today, Random r,
                        int index, int monthsBack) {
        LocalDate end = today.minusMonths(monthsBack);
        int span = switch (stage) {
            case REFERRED -> 0;
            case STUDY_VISIT -> 1;
            case QUEUED -> 2;
            case TRIAL -> 3;
            default -> 4;
        };
        LocalDate referral = end.minusDays(10 + r.nextInt(20) + (stage.ordinal() >= Stage.ENROLLED.ordinal() ? 200 + r.nextInt(150) : 30L * span));
        LocalDate visit = span >= 1 ? referral.plusDays(7 + r.nextInt(10)) : null;
        LocalDate queue = span >= 2 ? visit.plusDays(3 + r.nextInt(5)) : null;
        LocalDate enrolment = switch (stage) {
            case TRIAL -> end.minusDays(10 + r.nextInt(30));
            case REFERRED, STUDY_VISIT, QUEUED, EXIT_DROPOUT_FROM_QUEUE -> null;
            default -> queue.plusDays(20 + r.nextInt(40));
        };
        if (stage == Stage.TRIAL && !enrolment.isAfter(queue)) {
            queue = enrolment.minusDays(5);
            visit = queue.minusDays(5);
            referral = visit.minusDays(7);
        }
        Gender gender = index % 5 == 4 ? Gender.OTHER_UNKNOWN : (index % 2 == 0 ? Gender.WOMAN : Gender.MAN);
        int birthYear = referral.getYear() - (19 + r.nextInt(40));
        ParticipantDetails details = new ParticipantDetails(NAMES[index % NAMES.length], gender, birthYear,
                Education.values()[r.nextInt(Education.values().length)],
                1 + r.nextInt(Math.max(1, Math.min(12, referral.getYear() - birthYear - 16))),
                pick(r, IncomeSource.FORSORJNINGSSTOD, IncomeSource.SJUKPENNING, IncomeSource.AKTIVITETSERSATTNING,
                        IncomeSource.SJUKPENNING_SARSKILDA_FALL, IncomeSource.AKTIVITETSSTOD, IncomeSource.NONE),
                pick(r, Referrer.SOCIAL_SERVICES, Referrer.FORSAKRINGSKASSAN, Referrer.ARBETSFORMEDLINGEN,
                        Referrer.PSYCHIATRY, Referrer.PRIMARY_CARE, Referrer.KAA, Referrer.SELF),
                municipalities.get(r.nextInt(municipalities.size())), index % 7 == 3 ? "ar" : "sv",
                new PathDates(referral, visit, queue, enrolment, null, null));
        ParticipantView p = participants.create(coach, teamId, details, coaches);
        List<Outcome> outcomes = switch (stage) {
            case EXIT_WORK -> List.of(Outcome.WORK);
            case EXIT_STUDIES_AND_WORK -> List.of(Outcome.STUDIES, Outcome.WORK_SUBSIDISED);
            case EXIT_JOB_SEEKING -> List.of(Outcome.JOB_SEEKING);
            case EXIT_CONTINUED -> List.of(Outcome.CONTINUED_VOCATIONAL_REHAB);
            case EXIT_SICKNESS -> List.of(Outcome.SICKNESS_COMPENSATION);
            case EXIT_DROPOUT, EXIT_DROPOUT_FROM_QUEUE -> List.of(Outcome.DROPOUT);
            default -> List.of();
        };
        if (!outcomes.isEmpty()) {
            LocalDate from = enrolment != null ? enrolment : queue;
            LocalDate exit = stage == Stage.EXIT_DROPOUT || stage == Stage.EXIT_DROPOUT_FROM_QUEUE
                    ? from.plusDays(20 + r.nextInt(20)) : from.plusDays(150 + r.nextInt(120));
            if (exit.isAfter(end)) {
                exit = end;
            }
            IncomeSource after = outcomes.contains(Outcome.WORK) || outcomes.contains(Outcome.WORK_SUBSIDISED)
                    ? IncomeSource.SALARY : details.incomeBefore();
            participants.exit(coach, p.id(), exit, outcomes, after, null);
        }
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... options) {
        return options[r.nextInt(options.length)];
    }
}
