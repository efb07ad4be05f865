package se.stegvis.participant;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The background variables the anonymised reports count, and which of them differ between two versions of a
 * participant. Names are the API's property names; values the enum codes or numbers as text. The display
 * name, preferred language and path dates are deliberately not here: they feed no background figure, and the
 * path dates have their own rules ({@link PathRules}).
 */
final class BackgroundVariables {
    /** One variable that differs: its name, the value before and after (null when not recorded). */
    record Difference(String field, @Nullable String oldValue, @Nullable String newValue) {
    }

    private record Variable(String field, Function<Participant, Object> value) {
    }

    private static final List<Variable> VARIABLES = List.of(
            new Variable("gender", Participant::gender),
            new Variable("birthYear", Participant::birthYear),
            new Variable("education", Participant::education),
            new Variable("yearsInSupport", Participant::yearsInSupport),
            new Variable("incomeBefore", Participant::incomeBefore),
            new Variable("referrer", Participant::referrer),
            new Variable("homeMunicipality", Participant::homeMunicipality),
            new Variable("incomeAfter", Participant::incomeAfter));

    /** The field names, in the order the history lists the changes of one save. */
    static final List<String> FIELDS = VARIABLES.stream().map(Variable::field).toList();

    private BackgroundVariables() {
    }

    /** The background variables that differ between {@code before} and {@code after}, in {@link #FIELDS} order. */
    static List<Difference> differences(Participant before, Participant after) {
        List<Difference> found = new ArrayList<>();
        for (Variable v : VARIABLES) {
            String old = text(v.value().apply(before));
            String now = text(v.value().apply(after));
            if (!Objects.equals(old, now)) {
                found.add(new Difference(v.field(), old, now));
            }
        }
        return found;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
