package se.stegvis.response;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A coarse period for anonymous aggregates: a year ({@code 2026}) or a half-year ({@code 2026-H1},
 * {@code 2026-H2}). Never a month: a month with few answers comes too close to a person.
 */
record ReportPeriod(String label, YearMonth first, int months) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-H([12]))?");

    static ReportPeriod parse(String value) {
        Matcher m = value == null ? null : FORMAT.matcher(value.strip());
        if (m == null || !m.matches()) {
            throw new InvalidPeriod();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new ReportPeriod(m.group(1), YearMonth.of(year, 1), 12);
        }
        int half = Integer.parseInt(m.group(2));
        return new ReportPeriod(year + "-H" + half, YearMonth.of(year, half == 1 ? 1 : 7), 6);
    }

    static ReportPeriod yearOf(YearMonth month) {
        return parse(Integer.toString(month.getYear()));
    }

    /** The stored periods (YYYY-MM) it covers. */
    List<String> storedMonths() {
        return IntStream.range(0, months).mapToObj(i -> first.plusMonths(i).toString()).toList();
    }
}
