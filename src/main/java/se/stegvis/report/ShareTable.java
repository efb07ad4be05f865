package se.stegvis.report;

import java.util.List;

/**
 * Shares of one team: per cell how many of how many (e.g. agreed / answered a statement). A share is
 * shown only when neither the yes-count nor the no-count (denominator − numerator) is a small count,
 * for the scope and for every team in it: otherwise "9 of 10" would name the one who did not.
 */
public record ShareTable(String key, List<String> rows, List<String> columns, long[][] numerators,
                         long[][] denominators) implements RawTable {
}
