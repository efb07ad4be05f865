package se.stegvis.participant;

import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The exit's outcomes as kept on the participant row ({@code participant.exit_outcomes}, migration 280): one bit
 * per outcome, added up; no outcomes is NULL. The report statements group the period's exits by this number and
 * read the outcomes from it here, so that they need not look {@code participant_outcome} up for every exit. A
 * number rather than the codes as text: the databases group a narrow integer far faster (docs/reports.md), and no
 * SQL needs to take it apart (H2 has no {@code &} in MySQL mode), only this class. The bits are stored: never
 * change an outcome's bit; a new outcome takes the next one (the switch below does not compile without it).
 */
final class ExitOutcomes {
    private static final List<Outcome> OUTCOMES = List.of(Outcome.values());
    /** Every set of outcomes, by its number. */
    private static final List<Set<Outcome>> SETS = sets();

    private ExitOutcomes() {
    }

    static int bit(Outcome outcome) {
        return switch (outcome) {
            case WORK -> 1;
            case WORK_SUBSIDISED -> 1 << 1;
            case STUDIES -> 1 << 2;
            case JOB_SEEKING -> 1 << 3;
            case CONTINUED_VOCATIONAL_REHAB -> 1 << 4;
            case MEDICAL_REHAB -> 1 << 5;
            case SICKNESS_COMPENSATION -> 1 << 6;
            case OTHER -> 1 << 7;
            case DROPOUT -> 1 << 8;
        };
    }

    /** The column's value for these outcomes (NULL for none). */
    @Nullable
    static Integer encode(Collection<Outcome> outcomes) {
        int bits = 0;
        for (Outcome o : outcomes) {
            bits |= bit(o);
        }
        return bits == 0 ? null : bits;
    }

    /** The outcomes of a column value (none for NULL or 0); a number with a bit no outcome has is refused. */
    static Set<Outcome> decode(@Nullable Integer column) {
        int bits = column == null ? 0 : column;
        if (bits < 0 || bits >= SETS.size()) {
            throw new IllegalStateException("participant.exit_outcomes holds " + bits + ", not a set of outcomes");
        }
        return SETS.get(bits);
    }

    /** Whether the outcomes hold one of these outcome codes (a team's goal outcomes). */
    static boolean holdsAnyOf(Set<Outcome> outcomes, Set<String> codes) {
        return outcomes.stream().map(Enum::name).anyMatch(codes::contains);
    }

    private static List<Set<Outcome>> sets() {
        int all = 0;
        for (Outcome o : OUTCOMES) {
            all |= bit(o);
        }
        Set<Outcome>[] sets = newSets(all + 1);
        for (int bits = 0; bits <= all; bits++) {
            EnumSet<Outcome> set = EnumSet.noneOf(Outcome.class);
            for (Outcome o : OUTCOMES) {
                if ((bits & bit(o)) != 0) {
                    set.add(o);
                }
            }
            sets[bits] = Collections.unmodifiableSet(set);
        }
        return List.of(sets);
    }

    @SuppressWarnings("unchecked")
    private static Set<Outcome>[] newSets(int n) {
        return (Set<Outcome>[]) new Set<?>[n];
    }
}
