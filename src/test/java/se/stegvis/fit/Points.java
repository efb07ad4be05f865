package se.stegvis.fit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Builds session histories for the pure rule tests: {@code history().ors(20).srs(38).next().ors(26)…}. */
final class Points {
    static final LocalDate START = LocalDate.of(2026, 3, 2);

    private final List<SessionPoint> points = new ArrayList<>();
    private Scores ors;
    private Scores srs;
    private SessionKind kind = SessionKind.INDIVIDUAL;
    private LocalDate day = START;

    static Points history() {
        return new Points();
    }

    /** An ORS whose four items add up to {@code total} (spread evenly, one decimal). */
    Points ors(double total) {
        ors = new Scores("ORS", even(total));
        return this;
    }

    Points orsItems(Double... items) {
        ors = new Scores("ORS", decimals(items));
        return this;
    }

    Points srs(double total) {
        srs = new Scores(kind.srsCode(), even(total));
        return this;
    }

    Points srsItems(Double... items) {
        srs = new Scores(kind.srsCode(), decimals(items));
        return this;
    }

    Points group() {
        kind = SessionKind.GROUP;
        return this;
    }

    Points on(LocalDate date) {
        day = date;
        return this;
    }

    /** Closes the current session and starts the next, a week later. */
    Points next() {
        points.add(new SessionPoint(UUID.randomUUID(), points.size() + 1, day, kind, ors, srs));
        ors = null;
        srs = null;
        kind = SessionKind.INDIVIDUAL;
        day = day.plusWeeks(1);
        return this;
    }

    List<SessionPoint> done() {
        next();
        return List.copyOf(points);
    }

    static List<BigDecimal> even(double total) {
        BigDecimal t = BigDecimal.valueOf(total).setScale(1, java.math.RoundingMode.UNNECESSARY);
        BigDecimal quarter = t.divide(BigDecimal.valueOf(4), 1, java.math.RoundingMode.DOWN);
        BigDecimal last = t.subtract(quarter.multiply(BigDecimal.valueOf(3)));
        return List.of(quarter, quarter, quarter, last);
    }

    static List<BigDecimal> decimals(Double... items) {
        return Arrays.stream(items).map(d -> d == null ? null : BigDecimal.valueOf(d).setScale(1)).toList();
    }
}
