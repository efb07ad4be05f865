package se.stegvis.report;

import se.stegvis.participant.Gender;

import java.util.Arrays;
import java.util.List;

/** The columns of a table split by gender: WOMAN, MAN, OTHER_UNKNOWN (the {@link Gender} codes), then TOTAL. */
final class GenderColumns {
    static final String TOTAL = "TOTAL";
    static final List<String> GENDERS = Arrays.stream(Gender.values()).map(Gender::name).toList();
    static final List<String> WITH_TOTAL = List.of("WOMAN", "MAN", "OTHER_UNKNOWN", TOTAL);
    /** The same as {@link #WITH_TOTAL}. */
    static final List<String> COLUMNS = WITH_TOTAL;

    private GenderColumns() {
    }

    /** A stored gender code as a column: WOMAN and MAN as they are, anything else other/unknown. */
    static String of(String stored) {
        return "WOMAN".equals(stored) || "MAN".equals(stored) ? stored : "OTHER_UNKNOWN";
    }

    /** The names of an enum's constants, in declaration order: the rows of a table split by that enum. */
    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
