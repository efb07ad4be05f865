package se.stegvis.participant;

import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The exit's outcomes as kept on the participant row ({@code participant.exit_outcomes}, migration 280): the
 * outcome codes in name order, comma-separated; no outcomes is NULL. The report statements group the period's
 * exits by this value and read the outcomes from it here, so that they need not look {@code participant_outcome}
 * up for every exit. Any order of the codes reads the same.
 */
final class ExitOutcomes {
    private ExitOutcomes() {
    }

    /** The column's value for these outcomes. */
    @Nullable
    static String encode(Collection<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return null;
        }
        return outcomes.stream().map(Enum::name).distinct().sorted().collect(Collectors.joining(","));
    }

    /** The outcomes of a column value (none for NULL or empty). */
    static Set<Outcome> decode(@Nullable String column) {
        if (column == null || column.isBlank()) {
            return Collections.unmodifiableSet(EnumSet.noneOf(Outcome.class));
        }
        EnumSet<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        Arrays.stream(column.split(",")).map(String::trim).map(Outcome::valueOf).forEach(outcomes::add);
        return Collections.unmodifiableSet(outcomes);
    }

    /**
     * Decodes each distinct value once: a statement's rows repeat few outcome sets (one reader per statement, not
     * shared between threads).
     */
    static final class Reader {
        private final Map<String, Set<Outcome>> seen = new HashMap<>();

        Set<Outcome> outcomes(@Nullable String column) {
            return column == null ? decode(null) : seen.computeIfAbsent(column, ExitOutcomes::decode);
        }
    }
}
