package se.stegvis.report;

import se.stegvis.participant.Gender;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The columns of a table split by gender: WOMAN, MAN, OTHER_UNKNOWN (the {@link Gender} codes), then TOTAL. */
final class GenderColumns {
    static final String TOTAL = "TOTAL";
    static final List<String> GENDERS = Arrays.stream(Gender.values()).map(Gender::name).toList();
    static final List<String> WITH_TOTAL = withTotal(GENDERS);

    private GenderColumns() {
    }

    /** A stored gender code as a column: WOMAN and MAN as they are, anything else other/unknown. */
    static String of(String stored) {
        return "WOMAN".equals(stored) || "MAN".equals(stored) ? stored : "OTHER_UNKNOWN";
    }

    /** The keys and TOTAL after them: the columns or rows of a table with a total. */
    static List<String> withTotal(List<String> keys) {
        List<String> all = new ArrayList<>(keys);
        all.add(TOTAL);
        return List.copyOf(all);
    }

    /** The names of an enum's constants, in declaration order: the rows of a table split by that enum. */
    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
