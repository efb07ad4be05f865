package se.stegvis.owncopy;

import se.stegvis.shared.LocalizedText;
import se.stegvis.shared.Messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The own copy's words in one language: section titles ({@code owncopy.section.*}), field labels
 * ({@code owncopy.field.*}) and values as a person reads them: a code by its text where the bundles have one
 * ({@code owncopy.value.<field>.<code>}, the participant's own labels for gender, education, income, referrer
 * and outcome, FIT alert kinds, audited actions), yes/no, staff by name and role, times in Swedish time.
 */
final class OwnCopyText extends LocalizedText {
    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    /** Fields whose codes the bundles already name under another prefix. */
    private static final Map<String, String> PREFIXES = Map.of(
            "gender", "participant.gender.",
            "education", "participant.education.",
            "incomeBefore", "participant.income.",
            "incomeAfter", "participant.income.",
            "referrer", "participant.referrer.",
            "outcome", "participant.outcome.",
            "kind", "fit.alert.",
            "action", "owncopy.action.",
            "preferredLanguage", "owncopy.value.language.");


    OwnCopyText(Messages messages, Locale locale) {
        super(messages, locale);
    }

    String section(String key) {
        return text("owncopy.section." + key);
    }

    String field(String name) {
        String key = "owncopy.field." + name;
        return has(key) ? text(key) : name;
    }

    /** A time stored in UTC, as Swedish wall-clock time to the minute. */
    String time(LocalDateTime utc) {
        return MINUTES.format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(SWEDEN));
    }

    /** The value of a field as a person reads it; never null. */
    String value(String field, Object v) {
        if (v instanceof Boolean b) {
            return text(b ? "owncopy.yes" : "owncopy.no");
        }
        if (v instanceof LocalDateTime t) {
            return time(t);
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof LocalTime t) {
            return HOURS.format(t);
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof OwnCopy.Person s) {
            String name = s.name() == null ? "–" : s.name();
            return s.role() == null ? name : name + " (" + text("access-review.role." + s.role()) + ")";
        }
        String code = String.valueOf(v);
        String own = "owncopy.value." + field + "." + code;
        if (has(own)) {
            return text(own);
        }
        String prefix = PREFIXES.get(field);
        if (prefix != null && has(prefix + code)) {
            return text(prefix + code);
        }
        if (field.equals("field") && has("owncopy.field." + code)) {
            return text("owncopy.field." + code); // a corrected background variable: its name, as in the record
        }
        if (field.equals("language") && has("owncopy.value.language." + code)) {
            return text("owncopy.value.language." + code);
        }
        return code;
    }
}
