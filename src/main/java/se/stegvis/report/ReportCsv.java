package se.stegvis.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.stegvis.shared.CsvCells;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static se.stegvis.shared.CsvCells.safe;

/**
 * A report as CSV: the heading lines, then per section its title, warnings and tables (title line,
 * header line, one line per row, an empty line). UTF-8; the Swedish-Excel form (semicolons) starts with a
 * byte order mark so that Excel reads å ä ö and Arabic, the plain form (commas) does not. Fields are quoted
 * only when needed (commons-csv, quotes doubled). A label starting with = + - @ gets a leading
 * ' so a spreadsheet never runs it as a formula; figures are written as they are.
 */
final class ReportCsv {
    static final char SWEDISH_EXCEL = CsvCells.SWEDISH_EXCEL;
    static final char PLAIN = ',';

    private ReportCsv() {
    }

    static byte[] write(Report report, ReportText text, char delimiter) {
        StringWriter out = new StringWriter();
        if (delimiter == SWEDISH_EXCEL) {
            out.write(CsvCells.BYTE_ORDER_MARK);
        }
        CSVFormat format = CsvCells.format(delimiter);
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (String line : text.heading(report)) {
                csv.printRecord(safe(line));
            }
            for (ReportSection section : report.sections()) {
                csv.println();
                csv.printRecord(safe(text.section(section.key())));
                for (ReportWarning warning : section.warnings()) {
                    csv.printRecord(safe(text.warning(warning)));
                }
                for (ReportTable table : section.tables()) {
                    writeTable(csv, table, text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void writeTable(CSVPrinter csv, ReportTable table, ReportText text) throws IOException {
        csv.println();
        csv.printRecord(safe(text.table(table.key())));
        List<String> header = new ArrayList<>();
        header.add(safe(text.text("report.export.rowHeader")));
        table.columns().forEach(c -> header.add(safe(text.column(c))));
        csv.printRecord(header);
        for (ReportTable.Row row : table.rows()) {
            List<String> line = new ArrayList<>();
            line.add(safe(text.row(row.key())));
            row.figures().forEach(f -> line.add(text.figure(f)));
            csv.printRecord(line);
        }
    }
}
