package se.stegvis.screening;

import java.util.List;
import java.util.Map;

/**
 * The item keys the screening acts on (the built-in instrument's keys; an association's rewording
 * keeps them, see the instrument's note): which answers are urgent, and what the report figures count.
 */
final class ScreeningItems {
    static final String CODE = "VIOLENCE_SCREENING";
    static final String ONGOING = "ongoing";
    static final String WANTS_SUPPORT_NOW = "wants_support_now";
    static final String USES_VIOLENCE = "uses_violence";
    static final List<String> EXPOSURE = List.of("exposed_threats_control", "exposed_physical", "exposed_sexual");
    static final String YES = "YES";

    private ScreeningItems() {
    }

    static boolean yes(Map<String, ?> answers, String key) {
        return YES.equals(answers.get(key));
    }

    /** "Going on now" or "want support now": the coach is alerted and the portal shows help now. */
    static boolean urgent(Map<String, ?> answers) {
        return yes(answers, ONGOING) || yes(answers, WANTS_SUPPORT_NOW);
    }

    /** The reasons an answer is urgent, as codes (no wording). */
    static List<String> reasons(Map<String, ?> answers) {
        return List.of(ONGOING, WANTS_SUPPORT_NOW).stream().filter(k -> yes(answers, k)).toList();
    }

    static boolean exposedEver(Map<String, ?> answers) {
        return EXPOSURE.stream().anyMatch(k -> yes(answers, k));
    }
}
