package se.stegvis.target;

import se.stegvis.shared.DomainException.FieldProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a team's yearly targets may be. Pure: every problem at once. A year from 2000 to 2100; each
 * kind at most once; a count target a whole number from 1 to 100 000; a share target above 0 and at
 * most 1 with at most three decimals. A target of 0 is refused: a verdict is result ÷ target.
 */
final class TargetRules {
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    static final int MAX_COUNT = 100_000;

    private TargetRules() {
    }

    /** One target as sent: the kind's code and the value. */
    record Entry(String kind, BigDecimal target) {
    }

    static List<FieldProblem> checkYear(int year) {
        return year < MIN_YEAR || year > MAX_YEAR
                ? List.of(new FieldProblem("year", "target.year.range",
                String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR))) : List.of();
    }

    /** The targets by kind, or the problems with them in {@code problems}. */
    static Map<TargetKind, BigDecimal> check(List<Entry> entries, List<FieldProblem> problems) {
        Map<TargetKind, BigDecimal> result = new EnumMap<>(TargetKind.class);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String field = "targets[" + i + "]";
            TargetKind kind = kind(e.kind());
            if (kind == null) {
                problems.add(new FieldProblem(field + ".kind", "target.kind.unknown", String.valueOf(e.kind())));
                continue;
            }
            if (!seen.add(e.kind())) {
                problems.add(new FieldProblem(field + ".kind", "target.kind.duplicate", e.kind()));
                continue;
            }
            if (!valid(kind, e.target())) {
                problems.add(kind.isShare() ? new FieldProblem(field + ".target", "target.share.range")
                        : new FieldProblem(field + ".target", "target.count.range", 1, MAX_COUNT));
                continue;
            }
            result.put(kind, normal(kind, e.target()));
        }
        return result;
    }

    static boolean valid(TargetKind kind, BigDecimal v) {
        if (v == null || v.signum() <= 0) {
            return false;
        }
        int scale = v.stripTrailingZeros().scale();
        if (kind.isShare()) {
            return v.compareTo(BigDecimal.ONE) <= 0 && scale <= 3;
        }
        return scale <= 0 && v.compareTo(BigDecimal.valueOf(MAX_COUNT)) <= 0;
    }

    /** Counts as whole numbers, shares with three decimals: the same value reads back the same way. */
    static BigDecimal normal(TargetKind kind, BigDecimal v) {
        return v.setScale(kind.isShare() ? 3 : 0, java.math.RoundingMode.UNNECESSARY);
    }

    private static TargetKind kind(String code) {
        for (TargetKind k : TargetKind.values()) {
            if (k.name().equals(code)) {
                return k;
            }
        }
        return null;
    }
}
