package se.stegvis.group;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A strict reader of the iCalendar text the tests get back: every line ends in CRLF, no physical
 * line is longer than 75 octets, folded lines unfold, components nest and close, and each VEVENT
 * has the properties RFC 5545 requires (UID, DTSTAMP, DTSTART) with well-formed date-times.
 */
final class ICalendarParser {
    private static final Pattern DATE_TIME = Pattern.compile("(TZID=Europe/Stockholm:)?\\d{8}T\\d{6}Z?");

    private ICalendarParser() {
    }

    /** The events, each a map of property name (with parameters cut off) to its raw value. */
    static List<Map<String, String>> events(String ics) {
        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).as("no bare CR or LF").doesNotContain("\n").doesNotContain("\r");
        String[] physical = ics.substring(0, ics.length() - 2).split("\r\n", -1);
        List<String> lines = new ArrayList<>();
        for (String l : physical) {
            assertThat(l.getBytes(StandardCharsets.UTF_8).length).as("octets of " + l).isLessThanOrEqualTo(75);
            if (l.startsWith(" ") || l.startsWith("\t")) {
                assertThat(lines).as("a continuation needs a line before it").isNotEmpty();
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + l.substring(1));
            } else {
                lines.add(l);
            }
        }
        assertThat(lines.get(0)).isEqualTo("BEGIN:VCALENDAR");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("END:VCALENDAR");
        assertThat(lines).contains("VERSION:2.0").anyMatch(l -> l.startsWith("PRODID:"));
        Deque<String> open = new ArrayDeque<>();
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> current = null;
        for (String l : lines) {
            int colon = l.indexOf(':');
            assertThat(colon).as("a content line has a name and a value: " + l).isPositive();
            String name = l.substring(0, colon);
            String value = l.substring(colon + 1);
            if (name.equals("BEGIN")) {
                open.push(value);
                if (value.equals("VEVENT")) {
                    current = new LinkedHashMap<>();
                }
            } else if (name.equals("END")) {
                assertThat(open.pop()).isEqualTo(value);
                if (value.equals("VEVENT")) {
                    assertThat(current).containsKeys("UID", "DTSTAMP", "DTSTART", "DTEND");
                    assertThat(current.get("DTSTAMP")).matches("\\d{8}T\\d{6}Z");
                    assertThat(current.get("DTSTART")).matches(DATE_TIME);
                    assertThat(current.get("DTEND")).matches(DATE_TIME);
                    events.add(current);
                    current = null;
                }
            } else if (current != null) {
                String bare = name.contains(";") ? name.substring(0, name.indexOf(';')) : name;
                current.put(bare, value);
            }
        }
        assertThat(open).isEmpty();
        return events;
    }

    /** A TEXT value unescaped (RFC 5545 3.3.11). */
    static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char n = value.charAt(++i);
                out.append(n == 'n' || n == 'N' ? '\n' : n);
            } else {
                assertThat(c).as("unescaped , or ; in a single TEXT value").isNotIn(',', ';');
                out.append(c);
            }
        }
        return out.toString();
    }
}
