package se.stegvis.response;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which instruments a participant's path puts on their list, from {@code stegvis.due-rules}
 * (environment STEGVIS_DUE_RULES): comma-separated {@code WHEN:INSTRUMENT}, where WHEN is
 * ENROLMENT, EXIT or EVERY_n_MONTHS (counted from enrolment, until exit). Defaults: the indicator
 * questionnaire at start and at exit, the exit feedback form at exit, and an ORS every three
 * months, the rhythm of the follow-up meetings with the referrer; the violence screening at enrolment and
 * every six months (its list title is neutral: the instrument's title).
 */
@Singleton
class DueRules {
    static final String DEFAULT = "ENROLMENT:INDICATOR_START, EXIT:EXIT_FEEDBACK, EXIT:INDICATOR_EXIT, EVERY_3_MONTHS:ORS, "
            + "ENROLMENT:VIOLENCE_SCREENING, EVERY_6_MONTHS:VIOLENCE_SCREENING";
    /** Periodic items are put on the list up to this far ahead of their due date's arrival. */
    static final int HORIZON_MONTHS = 24;
    private static final Pattern EVERY = Pattern.compile("EVERY_(\\d{1,2})_MONTHS");

    record Rule(DueReason reason, int everyMonths, String instrumentCode) {
    }

    private final List<Rule> rules;

    DueRules(@Value("${stegvis.due-rules:`" + DEFAULT + "`}") String spec) {
        this.rules = parse(spec);
    }

    List<Rule> at(DueReason reason) {
        return rules.stream().filter(r -> r.reason() == reason).toList();
    }

    static List<Rule> parse(String spec) {
        List<Rule> parsed = new ArrayList<>();
        for (String part : Arrays.stream(spec.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
            String[] kv = part.split(":");
            if (kv.length != 2 || !kv[1].trim().matches("[A-Z][A-Z0-9_]{1,39}")) {
                throw new IllegalArgumentException("due rule '" + part + "': expected WHEN:INSTRUMENT_CODE");
            }
            String when = kv[0].trim();
            String code = kv[1].trim();
            Matcher every = EVERY.matcher(when);
            if (every.matches() && Integer.parseInt(every.group(1)) > 0) {
                parsed.add(new Rule(DueReason.PERIODIC, Integer.parseInt(every.group(1)), code));
            } else if (when.equals("ENROLMENT") || when.equals("EXIT")) {
                parsed.add(new Rule(DueReason.valueOf(when), 0, code));
            } else {
                throw new IllegalArgumentException("due rule '" + part + "': WHEN is ENROLMENT, EXIT or EVERY_n_MONTHS");
            }
        }
        return List.copyOf(parsed);
    }

    /** The due dates of a periodic rule: every n months after enrolment, before exit, within the horizon. */
    static List<LocalDate> periodicDates(LocalDate enrolment, LocalDate exit, int everyMonths) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate last = enrolment.plusMonths(HORIZON_MONTHS);
        for (int k = 1; ; k++) {
            LocalDate d = enrolment.plusMonths((long) k * everyMonths);
            if (d.isAfter(last) || (exit != null && !d.isBefore(exit))) {
                return dates;
            }
            dates.add(d);
        }
    }
}
