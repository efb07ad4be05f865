package se.stegvis.shared;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.Clob;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.ResultSetMetaData;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads rows for a {@link PersonalDataSource}: each row a map from column label to value, the label turned
 * from snake_case to camelCase ({@code held_on} → {@code heldOn}; lower-cased first, so H2's and MySQL's
 * label cases agree), SQL dates and times as {@code java.time} values,
 * text (a CLOB on H2) as a string.
 */
public final class PersonalDataRows {
    private PersonalDataRows() {
    }

    public static List<Map<String, Object>> list(JdbcOperations jdbc, String sql, Object... args) {
        return JdbcReads.list(jdbc, sql, Arrays.asList(args), rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                row.put(camel(meta.getColumnLabel(i)), value(rs.getObject(i)));
            }
            return row;
        });
    }

    /** The rows with the named fields (staff ids) turned into {@link PersonalDataSection.StaffRef}s. */
    public static List<Map<String, Object>> staff(List<Map<String, Object>> rows, String... fields) {
        for (Map<String, Object> row : rows) {
            for (String f : fields) {
                row.computeIfPresent(f, (k, v) -> PersonalDataSection.StaffRef.of(v));
            }
        }
        return rows;
    }

    /**
     * The rows with the three columns {@code <prefix>Sv}, {@code <prefix>En}, {@code <prefix>Ar} replaced by
     * one field {@code <prefix>} in the language (Swedish when the language has no text), in place of the first.
     */
    public static List<Map<String, Object>> inLanguage(List<Map<String, Object>> rows, String prefix, Locale locale) {
        List<Map<String, Object>> result = new java.util.ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            Object sv = row.get(prefix + "Sv");
            Object chosen = switch (locale.getLanguage()) {
                case "en" -> row.get(prefix + "En");
                case "ar" -> row.get(prefix + "Ar");
                default -> sv;
            };
            String text = chosen == null || chosen.toString().isBlank() ? (sv == null ? null : sv.toString())
                    : chosen.toString();
            Map<String, Object> copy = new LinkedHashMap<>();
            row.forEach((k, v) -> {
                if (k.equals(prefix + "Sv")) {
                    copy.put(prefix, text);
                } else if (!k.equals(prefix + "En") && !k.equals(prefix + "Ar")) {
                    copy.put(k, v);
                }
            });
            result.add(copy);
        }
        return result;
    }

    static String camel(String label) {
        String[] parts = label.toLowerCase(Locale.ROOT).split("_");
        StringBuilder s = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                s.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
            }
        }
        return s.toString();
    }

    private static Object value(Object v) throws SQLException {
        if (v instanceof Clob c) {
            return c.getSubString(1, (int) c.length());
        }
        if (v instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        if (v instanceof Date d) {
            return d.toLocalDate();
        }
        if (v instanceof Time t) {
            return t.toLocalTime();
        }
        return v;
    }
}
