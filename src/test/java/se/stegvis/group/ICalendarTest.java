package se.stegvis.group;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ICalendarTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 22, 0);

    @Test
    void textIsEscapedAndFoldedAt75OctetsWithoutSplittingCharacters() {
        String summary = "Skogsgrupp; fika, samtal \\ promenad\nTa med kläder efter väder – مجموعة الغابة والمشي في الطبيعة";
        String ics = ICalendar.write("Stegvis", List.of(new ICalendar.Event("s1@stegvis",
                LocalDateTime.of(2026, 12, 1, 10, 0), LocalDateTime.of(2026, 12, 1, 12, 0), summary,
                "Träffpunkten, Avesta", "")), NOW);
        Map<String, String> e = ICalendarParser.events(ics).get(0);
        assertThat(ICalendarParser.unescape(e.get("SUMMARY"))).isEqualTo(summary);
        assertThat(e.get("SUMMARY")).contains("\\;").contains("\\,").contains("\\\\").contains("\\n");
        assertThat(ICalendarParser.unescape(e.get("LOCATION"))).isEqualTo("Träffpunkten, Avesta");
        assertThat(ics).contains("\r\n ");
    }

    @Test
    void swedishLocalTimesAreWrittenInUtcAcrossDaylightSaving() {
        String winter = ICalendar.utc(LocalDateTime.of(2026, 12, 1, 10, 0));
        String summer = ICalendar.utc(LocalDateTime.of(2026, 6, 1, 10, 0));
        assertThat(winter).isEqualTo("20261201T090000Z");
        assertThat(summer).isEqualTo("20260601T080000Z");
    }

    @Test
    void anEmptyCalendarIsStillAValidCalendar() {
        assertThat(ICalendarParser.events(ICalendar.write("Stegvis", List.of(), NOW))).isEmpty();
    }

    @Test
    void aLineOfExactly75OctetsIsNotFolded() {
        StringBuilder out = new StringBuilder();
        ICalendar.line(out, "X".repeat(75));
        assertThat(out.toString()).isEqualTo("X".repeat(75) + "\r\n");
        out.setLength(0);
        ICalendar.line(out, "Å".repeat(40));
        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).isEqualTo("Å".repeat(37));
        assertThat(lines[1]).isEqualTo(" " + "Å".repeat(3));
    }
}
