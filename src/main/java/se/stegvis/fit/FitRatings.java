package se.stegvis.fit;

import se.stegvis.instrument.InstrumentDefinition;
import se.stegvis.instrument.ItemDefinition;
import se.stegvis.instrument.ItemType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The instruments FIT uses and how an answer map becomes four items in the version's order. Pure. */
final class FitRatings {
    static final String ORS = "ORS";
    static final Set<String> CODES = Set.of(ORS, SessionKind.INDIVIDUAL.srsCode(), SessionKind.GROUP.srsCode());

    private FitRatings() {
    }

    /** The 0–10 items of a version, in order (at most four). */
    static List<ItemDefinition> scaleItems(InstrumentDefinition definition) {
        return definition.items().stream().filter(i -> i.type() == ItemType.VAS_0_10).limit(Scores.ITEMS).toList();
    }

    /** The answered values of the version's 0–10 items, in order; null where an item was not answered. */
    static List<BigDecimal> items(InstrumentDefinition definition, Map<String, ?> answers) {
        List<BigDecimal> values = new ArrayList<>();
        for (ItemDefinition item : scaleItems(definition)) {
            Object v = answers.get(item.key());
            values.add(v == null ? null : new BigDecimal(v.toString()));
        }
        return values;
    }
}
