package se.stegvis.fit;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One ORS or SRS rating: four 0–10 items in the instrument version's order, one decimal each. A
 * missing item is null; the total (0–40) exists only when all four items do.
 */
public record Scores(String instrumentCode, List<BigDecimal> items) {
    public static final int ITEMS = 4;

    public Scores {
        List<BigDecimal> copy = new ArrayList<>(items);
        while (copy.size() < ITEMS) {
            copy.add(null);
        }
        items = Collections.unmodifiableList(copy.subList(0, ITEMS));
    }

    public boolean complete() {
        return items.stream().allMatch(Objects::nonNull);
    }

    /** The sum of the four items, or null when an item is missing. */
    public @Nullable BigDecimal total() {
        return complete() ? items.stream().reduce(BigDecimal.ZERO, BigDecimal::add) : null;
    }

    /** The lowest item that was answered, or null when none was. */
    public @Nullable BigDecimal lowestItem() {
        return items.stream().filter(Objects::nonNull).min(BigDecimal::compareTo).orElse(null);
    }
}
