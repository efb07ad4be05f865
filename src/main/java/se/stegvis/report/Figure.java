package se.stegvis.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One published cell. A hidden cell has no value: {@code suppressed} for a small count (shown as
 * "&lt;5"), or a mean, median or share over too few persons (shown as "–"). {@code text} is a message key
 * for non-numeric cells (e.g. a verdict).
 */
@Serdeable
public record Figure(Kind kind, @Nullable BigDecimal value, boolean suppressed, @Nullable String text) {

    public enum Kind { COUNT, MEAN, MEDIAN, MIN, MAX, SHARE, TEXT }

    public static Figure count(long value) {
        return new Figure(Kind.COUNT, BigDecimal.valueOf(value), false, null);
    }

    public static Figure hidden(Kind kind) {
        return new Figure(kind, null, true, null);
    }

    /** A mean, median, minimum or maximum, two decimals. */
    public static Figure measure(Kind kind, double value) {
        return new Figure(kind, BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP), false, null);
    }

    /** A share from 0 to 1, three decimals (so 12.5 % survives). */
    public static Figure share(long numerator, long denominator) {
        return new Figure(Kind.SHARE, BigDecimal.valueOf(numerator)
                .divide(BigDecimal.valueOf(denominator), 3, RoundingMode.HALF_UP), false, null);
    }

    public static Figure text(String messageKey) {
        return new Figure(Kind.TEXT, null, false, messageKey);
    }

    /** An empty cell: a share or mean of nobody. */
    public static Figure none(Kind kind) {
        return new Figure(kind, null, false, null);
    }
}
