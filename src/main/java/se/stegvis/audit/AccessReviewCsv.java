package se.stegvis.audit;

import org.apache.commons.csv.CSVPrinter;
import se.stegvis.shared.CsvCells;
import se.stegvis.shared.Messages;
import se.stegvis.shared.TimeFactory;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static se.stegvis.shared.CsvCells.safe;

/**
 * The access review as a Swedish-Excel CSV, like the reports' (shared {@link CsvCells}: BOM, semicolons, CRLF,
 * formula-safe text cells). Headers from the bundles in the reviewer's language; the time in Swedish local time,
 * as people read it; the participant's name column only where the scope shows names.
 */
final class AccessReviewCsv {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AccessReviewCsv() {
    }

    static byte[] write(List<AccessReviewService.ReviewedRead> rows, boolean withNames, Messages messages,
                        Locale locale) {
        StringWriter out = new StringWriter();
        out.write(CsvCells.BYTE_ORDER_MARK);
        try (CSVPrinter csv = new CSVPrinter(out, CsvCells.format(CsvCells.SWEDISH_EXCEL))) {
            List<String> header = new ArrayList<>();
            for (String column : columns(withNames)) {
                header.add(safe(messages.get(locale, "access-review.column." + column)));
            }
            csv.printRecord(header);
            for (AccessReviewService.ReviewedRead r : rows) {
                List<String> line = new ArrayList<>();
                line.add(r.read().at().atOffset(ZoneOffset.UTC).atZoneSameInstant(TimeFactory.SWEDEN).format(TIME));
                line.add(r.read().staffId().toString());
                line.add(safe(r.staffName() == null ? "" : r.staffName()));
                line.add(r.staffRole() == null ? "" : messages.get(locale, "access-review.role." + r.staffRole().name()));
                line.add(safe(r.teamName()));
                line.add(r.read().participantId().toString());
                if (withNames) {
                    line.add(safe(r.participantName() == null ? "" : r.participantName()));
                }
                line.add(r.read().action());
                line.add(messages.get(locale, r.outsideCaseload() ? "access-review.yes" : "access-review.no"));
                csv.printRecord(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> columns(boolean withNames) {
        List<String> columns = new ArrayList<>(List.of("time", "staffId", "staffName", "staffRole", "team",
                "participantId"));
        if (withNames) {
            columns.add("participantName");
        }
        columns.addAll(List.of("action", "outsideCaseload"));
        return columns;
    }
}
