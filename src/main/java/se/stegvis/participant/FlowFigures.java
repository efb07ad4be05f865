package se.stegvis.participant;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Counts of the participant flow, the inflow and the queue for the reports feature, grouped per team
 * (and gender, outcome, referrer, ...): each method is ONE grouped statement over every requested team,
 * so an association's report costs the same number of statements whatever its size, and no row leaves
 * here that describes a single participant. Suppression and access are the report feature's job.
 *
 * <p>Definitions, for a period {@code from}..{@code to} (both days included):
 * <ul>
 *   <li><b>active at start</b>: enrolled before {@code from} and not exited before {@code from} (an exit on
 *       {@code from} itself still counts as active at start, and as an exit);</li>
 *   <li><b>new</b>: enrolment date in the period;</li>
 *   <li><b>exits</b>: exit date in the period, with an enrolment date; <b>dropouts</b>: those exits with
 *       the outcome DROPOUT (from {@link #exitOutcomes}: the flow statement joins no outcome, which would
 *       cost a lookup per participant). An exit without enrolment (someone who left from the study visit or the
 *       queue) is not an exit of the flow; it is counted apart ({@link Flow#exitsWithoutEnrolment});</li>
 *   <li><b>active at end</b>: enrolled on or before {@code to} and not exited on or before {@code to}.</li>
 * </ul>
 * With these definitions active at start + new − exits = active at end holds for every participant whose
 * exit is not before their enrolment. A record with the exit before the enrolment (possible only in data
 * that bypassed the path rules, e.g. an import) breaks it; such records are counted in
 * {@link Flow#enteredAfterExit()} (new, but neither an exit nor active at end),
 * {@link Flow#exitedBeforeEnrolment()} (an exit, but neither active at start nor new) and
 * {@link Flow#reversedInPeriod()} (both dates in the period: new and an exit, the identity holds).
 *
 * <p><b>Waiting</b> (the queue) at a day: queue date on or before the day, not enrolled on or before it
 * and not exited on or before it.
 */
@Singleton
public class FlowFigures {
    private final FlowRepository repository;

    FlowFigures(FlowRepository repository) {
        this.repository = repository;
    }

    /** The flow of one gender of one team; see the class comment for what each count means. */
    public record Flow(long activeAtStart, long newParticipants, long exits, long activeAtEnd,
                       long enteredAfterExit, long exitedBeforeEnrolment, long reversedInPeriod,
                       long exitsWithoutEnrolment) {
    }

    public record FlowCount(UUID teamId, Gender gender, Flow flow) {
    }

    /** Persons of one team and gender who left with the same outcome set (as kept: {@link ExitOutcomes}). */
    private record SetCount(UUID teamId, Gender gender, Integer outcomes, long persons) {
    }

    /** Persons who exited in the period with this outcome (a person with two outcomes is in two rows). */
    public record OutcomeCount(UUID teamId, Gender gender, Outcome outcome, long persons) {
    }

    /** New participants of the period by who referred them and their income before. */
    public record InflowCount(UUID teamId, Gender gender, Referrer referrer, IncomeSource incomeBefore, long persons) {
    }

    /** Participants who exited in the period by income before and after (null: not recorded at exit). */
    public record IncomeChange(UUID teamId, IncomeSource before, @Nullable IncomeSource after, long persons) {
    }

    /** Persons waiting at a day who joined the queue on {@code queueDate}. */
    public record QueueCount(UUID teamId, Gender gender, LocalDate queueDate, long persons) {
    }

    /** The flow per team and gender; a team or gender without anyone in it has no row. */
    @Transactional
    public List<FlowCount> flow(Collection<UUID> teamIds, LocalDate from, LocalDate to) {
        List<FlowGroup> groups = repository.query(FlowRepository.FLOW, teamIds, from, to, rs -> new FlowGroup(team(rs),
                gender(rs), rs.getInt("enrolment"), rs.getInt("exit_"), rs.getInt("reversed") == 1,
                rs.getLong("persons")));
        Map<List<Object>, long[]> counts = new LinkedHashMap<>(); // by team, gender: the eight counts of a Flow
        for (FlowGroup g : groups) {
            long[] c = counts.computeIfAbsent(List.of(g.teamId(), g.gender()), k -> new long[8]);
            long[] of = g.counts();
            for (int i = 0; i < c.length; i++) {
                c[i] += of[i];
            }
        }
        return counts.entrySet().stream().map(e -> {
            long[] c = e.getValue();
            return new FlowCount((UUID) e.getKey().get(0), (Gender) e.getKey().get(1),
                    new Flow(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]));
        }).toList();
    }

    /**
     * Persons of one team and gender whose enrolment and exit lie where {@code enrolment} and {@code exit} say
     * ({@link #NONE}, {@link #BEFORE}, {@link #IN} or {@link #AFTER} the period), {@code reversed} when the exit is
     * before the enrolment.
     */
    record FlowGroup(UUID teamId, Gender gender, int enrolment, int exit, boolean reversed, long persons) {
        static final int NONE = 0;
        static final int BEFORE = 1;
        static final int IN = 2;
        static final int AFTER = 3;

        /** What the group adds to each count of a {@link Flow}, in the record's order (see the class comment). */
        long[] counts() {
            boolean enrolled = enrolment != NONE;
            boolean exitInPeriod = exit == IN;
            return new long[]{
                    enrolment == BEFORE && exit != BEFORE ? persons : 0,               // active at start
                    enrolment == IN ? persons : 0,                                       // new
                    exitInPeriod && enrolled ? persons : 0,                              // exits
                    (enrolment == BEFORE || enrolment == IN) && (exit == NONE || exit == AFTER) ? persons : 0,
                    enrolment == IN && exit == BEFORE ? persons : 0,                     // entered after exit
                    exitInPeriod && enrolment == AFTER ? persons : 0,                    // exited before enrolment
                    exitInPeriod && enrolment == IN && reversed ? persons : 0,           // reversed in the period
                    exitInPeriod && !enrolled ? persons : 0};                            // exit without enrolment
        }
    }

    /** Persons per outcome among the period's exits (as defined for {@link #flow}), per team and gender. */
    @Transactional
    public List<OutcomeCount> exitOutcomes(Collection<UUID> teamIds, LocalDate from, LocalDate to) {
        List<SetCount> sets = repository.query(FlowRepository.OUTCOMES, teamIds, from, to, rs -> new SetCount(
                team(rs), gender(rs), rs.getObject("exit_outcomes", Integer.class), rs.getLong("persons")));
        Map<List<Object>, OutcomeCount> counts = new LinkedHashMap<>(); // by team, gender, outcome
        for (SetCount c : sets) {
            for (Outcome o : ExitOutcomes.decode(c.outcomes())) {
                counts.merge(List.of(c.teamId(), c.gender(), o), new OutcomeCount(c.teamId(), c.gender(), o,
                        c.persons()), (a, b) -> new OutcomeCount(a.teamId(), a.gender(), a.outcome(),
                        a.persons() + b.persons()));
            }
        }
        return List.copyOf(counts.values());
    }

    /** The period's new participants per team, gender, referrer and income before. */
    @Transactional
    public List<InflowCount> inflow(Collection<UUID> teamIds, LocalDate from, LocalDate to) {
        return repository.query(FlowRepository.INFLOW, teamIds, from, to, rs -> new InflowCount(team(rs), gender(rs),
                Referrer.valueOf(rs.getString("referrer")), IncomeSource.valueOf(rs.getString("income_before")),
                rs.getLong("persons")));
    }

    /** The period's exits per team by income source before and after. */
    @Transactional
    public List<IncomeChange> incomeChanges(Collection<UUID> teamIds, LocalDate from, LocalDate to) {
        return repository.query(FlowRepository.INCOME_CHANGES, teamIds, from, to, rs -> {
            String after = rs.getString("income_after");
            return new IncomeChange(team(rs), IncomeSource.valueOf(rs.getString("income_before")),
                    after == null ? null : IncomeSource.valueOf(after), rs.getLong("persons"));
        });
    }

    /** Who waits at the end of {@code day}, per team, gender and queue date. */
    @Transactional
    public List<QueueCount> waiting(Collection<UUID> teamIds, LocalDate day) {
        return repository.query(FlowRepository.QUEUE, teamIds, null, day, rs -> new QueueCount(team(rs), gender(rs),
                rs.getObject("queue_date", LocalDate.class), rs.getLong("persons")));
    }

    private static UUID team(ResultSet rs) throws SQLException {
        return UUID.fromString(rs.getString("team_id"));
    }

    private static Gender gender(ResultSet rs) throws SQLException {
        return Gender.valueOf(rs.getString("gender"));
    }
}
