package se.stegvis.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report period, both ends inclusive, with the label it was asked for by. Written as
 * {@code 2025} (calendar year), {@code 2025-H1} / {@code 2025-H2} (half-year),
 * {@code 2025-03-01..2025-09-30} (any range of whole months: a range that could end on any day would let
 * two reports differing by one day give back the people of that day; see ADR 0008) or {@code R12-2025-06} (the rolling 12 months that
 * end with June 2025).
 */
public record ReportPeriod(LocalDate from, LocalDate to, String label) {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern ROLLING = Pattern.compile("R12-(\\d{4}-\\d{2})");
    /** Longest range a report covers: ten years and a day for leap years. */
    static final int MAX_DAYS = 3660;

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw ReportInvalid.of("period", "report.period.reversed");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw ReportInvalid.of("period", "report.period.tooLong");
        }
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Integer.toString(year));
    }

    public static ReportPeriod half(int year, int half) {
        LocalDate from = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        return new ReportPeriod(from, from.plusMonths(6).minusDays(1), year + "-H" + half);
    }

    /** The twelve months that end with {@code lastMonth}. */
    public static ReportPeriod rolling12(YearMonth lastMonth) {
        return new ReportPeriod(lastMonth.minusMonths(11).atDay(1), lastMonth.atEndOfMonth(), "R12-" + lastMonth);
    }

    /** Parses one of the written forms above; anything else is a {@link ReportInvalid}. */
    public static ReportPeriod parse(String text) {
        String s = text == null ? "" : text.trim();
        try {
            Matcher m;
            if ((m = YEAR.matcher(s)).matches()) {
                return year(Integer.parseInt(m.group(1)));
            }
            if ((m = HALF.matcher(s)).matches()) {
                return half(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = RANGE.matcher(s)).matches()) {
                LocalDate from = LocalDate.parse(m.group(1));
                LocalDate to = LocalDate.parse(m.group(2));
                if (from.getDayOfMonth() != 1 || !to.equals(YearMonth.from(to).atEndOfMonth())) {
                    throw ReportInvalid.of("period", "report.period.wholeMonths");
                }
                return new ReportPeriod(from, to, s);
            }
            if ((m = ROLLING.matcher(s)).matches()) {
                return rolling12(YearMonth.parse(m.group(1)));
            }
        } catch (DateTimeParseException e) {
            throw ReportInvalid.of("period", "report.period.invalid", s);
        }
        throw ReportInvalid.of("period", "report.period.invalid", s);
    }

    /**
     * {@code count} successive rolling 12-month windows, one month apart, the last ending with
     * {@code lastMonth}; oldest first (for the throughput trend).
     */
    public static List<ReportPeriod> rollingWindows(YearMonth lastMonth, int count) {
        List<ReportPeriod> windows = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            windows.add(rolling12(lastMonth.minusMonths(i)));
        }
        return windows;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
