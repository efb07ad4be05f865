package se.stegvis.report;

import java.util.List;

/** The gender columns the questionnaire sections share: participant.Gender's codes and the total. */
final class GenderColumns {
    static final String TOTAL = "TOTAL";
    static final List<String> GENDERS = List.of("WOMAN", "MAN", "OTHER_UNKNOWN");
    static final List<String> WITH_TOTAL = List.of("WOMAN", "MAN", "OTHER_UNKNOWN", TOTAL);

    private GenderColumns() {
    }

    /** A stored gender code as a column: WOMAN and MAN as they are, anything else other/unknown. */
    static String of(String stored) {
        return GENDERS.subList(0, 2).contains(stored) ? stored : "OTHER_UNKNOWN";
    }
}
