package se.stegvis.report;

import se.stegvis.participant.Gender;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The columns of a table split by gender: WOMAN, MAN, OTHER_UNKNOWN (the {@link Gender} codes), then TOTAL. */
final class GenderColumns {
    static final String TOTAL = "TOTAL";
    static final List<String> COLUMNS = columns();

    private GenderColumns() {
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(Arrays.stream(Gender.values()).map(Gender::name).toList());
        columns.add(TOTAL);
        return List.copyOf(columns);
    }

    /** The names of an enum's constants, in declaration order: the rows of a table split by that enum. */
    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
