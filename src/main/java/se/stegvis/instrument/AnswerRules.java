package se.stegvis.instrument;

import se.stegvis.shared.DomainException.FieldProblem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Checks answers against one instrument version and scores them. Pure: no database, no container.
 * A null value, an empty list and a blank text all count as "not answered".
 */
final class AnswerRules {
    static final Set<String> YES_NO = Set.of("YES", "NO", "DECLINED");
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final int MAX_ECHOED_KEY = 60;

    private AnswerRules() {
    }

    static ScoredAnswers validate(UUID versionId, InstrumentDefinition definition, Scoring scoring,
                                  Map<String, ?> answers) {
        Map<String, ?> given = answers == null ? Map.of() : answers;
        List<FieldProblem> problems = new ArrayList<>();
        for (String key : given.keySet()) {
            if (key == null || definition.item(key).isEmpty()) {
                problems.add(new FieldProblem(echo(key), "instrument.answer.unknown-item"));
            }
        }
        Map<String, Object> normal = new LinkedHashMap<>();
        BigDecimal score = BigDecimal.ZERO;
        boolean complete = true;
        for (ItemDefinition item : definition.items()) {
            Object value = normalise(item, given.get(item.key()), problems);
            if (value == null) {
                if (item.required() && !problems.stream().anyMatch(p -> p.field().equals(item.key()))) {
                    problems.add(new FieldProblem(item.key(), "instrument.answer.required"));
                }
                complete &= !item.type().scored();
                continue;
            }
            normal.put(item.key(), value);
            if (item.type() == ItemType.VAS_0_10) {
                score = score.add((BigDecimal) value);
            } else if (item.type() == ItemType.RATING_1_5) {
                score = score.add(BigDecimal.valueOf((Integer) value));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswers(problems);
        }
        return new ScoredAnswers(versionId, Collections.unmodifiableMap(normal),
                scoring == Scoring.SUM && complete ? score : null);
    }

    /** The value in normal form; null when not answered or invalid (then a problem is added). */
    private static Object normalise(ItemDefinition item, Object raw, List<FieldProblem> problems) {
        if (raw == null) {
            return null;
        }
        String key = item.key();
        return switch (item.type()) {
            case VAS_0_10 -> vas(key, raw, problems);
            case RATING_1_5 -> rating(key, raw, problems);
            case SINGLE_CHOICE -> oneOf(key, raw, values(item), problems);
            case YES_NO -> oneOf(key, raw, YES_NO, problems);
            case MULTIPLE_CHOICE -> manyOf(key, raw, item, problems);
            case FREE_TEXT -> text(key, raw, item.maxLength(), problems);
        };
    }

    private static BigDecimal vas(String key, Object raw, List<FieldProblem> problems) {
        BigDecimal v = decimal(raw);
        if (v == null) {
            problems.add(new FieldProblem(key, "instrument.answer.not-a-number"));
            return null;
        }
        if (v.signum() < 0 || v.compareTo(TEN) > 0) {
            problems.add(new FieldProblem(key, "instrument.answer.out-of-range", 0, 10));
            return null;
        }
        if (v.stripTrailingZeros().scale() > 1) {
            problems.add(new FieldProblem(key, "instrument.answer.one-decimal"));
            return null;
        }
        return v.setScale(1, RoundingMode.UNNECESSARY);
    }

    private static Integer rating(String key, Object raw, List<FieldProblem> problems) {
        BigDecimal v = decimal(raw);
        if (v == null) {
            problems.add(new FieldProblem(key, "instrument.answer.not-a-number"));
            return null;
        }
        if (v.stripTrailingZeros().scale() > 0) {
            problems.add(new FieldProblem(key, "instrument.answer.whole-number"));
            return null;
        }
        if (v.compareTo(BigDecimal.ONE) < 0 || v.compareTo(BigDecimal.valueOf(5)) > 0) {
            problems.add(new FieldProblem(key, "instrument.answer.out-of-range", 1, 5));
            return null;
        }
        return v.intValueExact();
    }

    private static String oneOf(String key, Object raw, Collection<String> allowed, List<FieldProblem> problems) {
        if (!(raw instanceof String s) || !allowed.contains(s)) {
            problems.add(new FieldProblem(key, "instrument.answer.not-a-choice"));
            return null;
        }
        return s;
    }

    private static List<String> manyOf(String key, Object raw, ItemDefinition item, List<FieldProblem> problems) {
        if (!(raw instanceof Collection<?> given)) {
            problems.add(new FieldProblem(key, "instrument.answer.not-a-list"));
            return null;
        }
        List<String> allowed = values(item);
        Set<Object> seen = new HashSet<>();
        for (Object v : given) {
            if (!(v instanceof String s) || !allowed.contains(s)) {
                problems.add(new FieldProblem(key, "instrument.answer.not-a-choice"));
                return null;
            }
            if (!seen.add(s)) {
                problems.add(new FieldProblem(key, "instrument.answer.duplicate-choice"));
                return null;
            }
        }
        if (seen.isEmpty()) {
            return null;
        }
        return allowed.stream().filter(seen::contains).toList();
    }

    private static String text(String key, Object raw, Integer maxLength, List<FieldProblem> problems) {
        if (!(raw instanceof String s)) {
            problems.add(new FieldProblem(key, "instrument.answer.not-text"));
            return null;
        }
        String t = s.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.codePointCount(0, t.length()) > maxLength) {
            problems.add(new FieldProblem(key, "instrument.answer.too-long", maxLength));
            return null;
        }
        return t;
    }

    private static List<String> values(ItemDefinition item) {
        return item.choices() == null ? List.of() : item.choices().stream().map(Choice::value).toList();
    }

    /** A JSON number as an exact decimal; null for anything else (strings, booleans, NaN, infinity). */
    static BigDecimal decimal(Object raw) {
        if (raw instanceof BigDecimal b) {
            return b;
        }
        if (raw instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            return BigDecimal.valueOf(((Number) raw).longValue());
        }
        if (raw instanceof Double || raw instanceof Float) {
            double d = ((Number) raw).doubleValue();
            return Double.isFinite(d) ? new BigDecimal(raw.toString()) : null;
        }
        return null;
    }

    private static String echo(String key) {
        if (key == null) {
            return "null";
        }
        return key.length() > MAX_ECHOED_KEY ? key.substring(0, MAX_ECHOED_KEY) : key;
    }
}
