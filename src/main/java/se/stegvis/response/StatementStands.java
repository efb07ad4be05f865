package se.stegvis.response;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import se.stegvis.instrument.ItemType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the stands one stored answer (a JSON object, item key → answer) takes on one instrument version's
 * statements, token by token: no map, no boxed answer per item, the other items skipped. What it gives is what
 * {@link IndicatorFigures#agrees} gives for the answer's value of the key (for a key given twice, the last, as a
 * JSON object read into a map would keep). The report reads every anonymous answer of the period this way.
 */
final class StatementStands {
    private static final JsonFactory JSON = new JsonFactory();

    private final List<String> keys;
    private final ItemType[] types;
    private final Map<String, Integer> index = new HashMap<>();

    /** {@code statements}: the version's statement keys and their item types, in the order the stands come. */
    StatementStands(Map<String, ItemType> statements) {
        this.keys = List.copyOf(statements.keySet());
        this.types = new ItemType[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            index.put(keys.get(i), i);
            types[i] = statements.get(keys.get(i));
        }
    }

    /** The statement keys, in the order of {@link #read}'s stands. */
    List<String> keys() {
        return keys;
    }

    /** Per statement, in the constructor's order: TRUE agrees, FALSE takes another stand, null takes none. */
    Boolean[] read(String stored) {
        Boolean[] stands = new Boolean[types.length];
        try (JsonParser p = JSON.createParser(stored)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("stored answers are not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                Integer i = index.get(p.currentName());
                JsonToken value = p.nextToken();
                if (i == null) {
                    p.skipChildren();
                } else if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
                    stands[i] = IndicatorFigures.agrees(types[i], p.getNumberValue());
                } else if (value == JsonToken.VALUE_STRING) {
                    stands[i] = IndicatorFigures.agrees(types[i], p.getText());
                } else {
                    p.skipChildren();
                    stands[i] = null;
                }
            }
            return stands;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
