package se.stegvis.group;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static se.stegvis.shared.CsvCells.safe;

/**
 * A roster as CSV (RFC 4180 via commons-csv: CRLF, quotes doubled): one line per person, one column
 * per session with "1" for attended. A name starting with = + - @ is prefixed with ' so that a
 * spreadsheet does not run it as a formula.
 */
final class RosterCsv {
    private RosterCsv() {
    }

    static String write(AttendanceService.Roster roster) {
        List<String> header = new ArrayList<>(List.of("name", "status", "waitlist_position"));
        roster.sessions().forEach(s -> header.add(s.sessionDate() + " " + s.startTime()));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (AttendanceService.RosterLine line : roster.lines()) {
                List<String> row = new ArrayList<>(List.of(safe(line.displayName()), line.status().name(),
                        line.position() == 0 ? "" : Integer.toString(line.position())));
                roster.sessions().forEach(s -> row.add(line.attendedSessions().contains(s.id()) ? "1" : ""));
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
