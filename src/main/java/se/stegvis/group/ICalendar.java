package se.stegvis.group;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes iCalendar (RFC 5545) text: CRLF line ends, content lines folded at 75 octets without
 * splitting a UTF-8 character (3.1), TEXT values escaped (3.3.11: backslash, semicolon, comma,
 * newline). Times are written in UTC ("Z"), converted from Swedish local time, so no VTIMEZONE is
 * needed and every client agrees on the instant.
 */
final class ICalendar {
    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final int MAX_OCTETS = 75;

    /** One event: a session of an activity. */
    record Event(String uid, LocalDateTime localStart, LocalDateTime localEnd, String summary, String location,
                 String description) {
    }

    private ICalendar() {
    }

    static String write(String name, List<Event> events, LocalDateTime nowUtc) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Stegvis//Groups//SV");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        String stamp = UTC.format(nowUtc);
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid());
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART:" + utc(e.localStart()));
            line(out, "DTEND:" + utc(e.localEnd()));
            line(out, "SUMMARY:" + text(e.summary()));
            line(out, "LOCATION:" + text(e.location()));
            if (e.description() != null && !e.description().isEmpty()) {
                line(out, "DESCRIPTION:" + text(e.description()));
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String utc(LocalDateTime swedishLocal) {
        return UTC.format(swedishLocal.atZone(SWEDEN).withZoneSameInstant(ZoneOffset.UTC));
    }

    /** A TEXT value escaped per RFC 5545 3.3.11. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets: CRLF and one space before each continuation. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
