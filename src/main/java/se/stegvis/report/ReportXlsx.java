package se.stegvis.report;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A report as an Excel workbook (fastexcel, streamed): a first sheet with the heading lines, then one
 * sheet per section with its warnings and tables. Shown counts, means and shares are numbers (shares
 * formatted as percent with one decimal), hidden ones the text "&lt;5" or "–". Arabic sheets run right to left.
 */
final class ReportXlsx {
    /** Excel's limit on a sheet name; [ ] : * ? / \ are not allowed in it. */
    private static final int SHEET_NAME_MAX = 31;

    private ReportXlsx() {
    }

    static byte[] write(Report report, ReportText text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Stegvis", "1.0");
            Set<String> names = new HashSet<>();
            Worksheet info = sheet(workbook, text, names, text.text("report.export.sheet"));
            List<String> heading = text.heading(report);
            for (int i = 0; i < heading.size(); i++) {
                info.value(i, 0, heading.get(i));
            }
            info.style(0, 0).bold().set();
            info.width(0, 80);
            for (ReportSection section : report.sections()) {
                writeSection(sheet(workbook, text, names, text.section(section.key())), section, text);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Worksheet sheet(Workbook workbook, ReportText text, Set<String> taken, String wanted) {
        Worksheet sheet = workbook.newWorksheet(sheetName(wanted, taken));
        if (text.rightToLeft()) {
            sheet.rightToLeft();
        }
        return sheet;
    }

    static String sheetName(String wanted, Set<String> taken) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (base.isEmpty()) {
            base = "-";
        }
        base = base.length() > SHEET_NAME_MAX ? base.substring(0, SHEET_NAME_MAX) : base;
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " " + n;
            name = base.substring(0, Math.min(base.length(), SHEET_NAME_MAX - suffix.length())) + suffix;
        }
        return name;
    }

    private static void writeSection(Worksheet sheet, ReportSection section, ReportText text) {
        int r = 0;
        sheet.value(r, 0, text.section(section.key()));
        sheet.style(r++, 0).bold().fontSize(14).set();
        for (ReportWarning warning : section.warnings()) {
            sheet.value(r++, 0, text.warning(warning));
        }
        sheet.width(0, 40);
        for (ReportTable table : section.tables()) {
            r++;
            sheet.value(r, 0, text.table(table.key()));
            sheet.style(r++, 0).bold().set();
            sheet.value(r, 0, text.text("report.export.rowHeader"));
            sheet.style(r, 0).bold().set();
            for (int c = 0; c < table.columns().size(); c++) {
                sheet.value(r, c + 1, text.column(table.columns().get(c)));
                sheet.style(r, c + 1).bold().wrapText(true).set();
            }
            r++;
            for (ReportTable.Row row : table.rows()) {
                sheet.value(r, 0, text.row(row.key()));
                for (int c = 0; c < row.figures().size(); c++) {
                    cell(sheet, r, c + 1, row.figures().get(c), text);
                }
                r++;
            }
        }
    }

    private static void cell(Worksheet sheet, int r, int c, Figure f, ReportText text) {
        if (f.suppressed() || f.kind() == Figure.Kind.TEXT) {
            sheet.value(r, c, text.figure(f));
            sheet.style(r, c).horizontalAlignment("right").set();
        } else if (f.value() != null) {
            sheet.value(r, c, f.value());
            if (f.kind() == Figure.Kind.SHARE) {
                sheet.style(r, c).format("0.0%").set();
            } else if (f.kind() != Figure.Kind.COUNT) {
                sheet.style(r, c).format("0.0#").set();
            }
        }
    }
}
