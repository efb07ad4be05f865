package se.stegvis.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart of a count table as inline SVG, for the printable report: per row its label,
 * then one bar per column (the total column only when there is no other). A hidden count gets no bar,
 * only its "&lt;5". Right-to-left reports mirror the drawing; the SVG's own direction stays left to right
 * so that the mirrored coordinates mean what they say, and each figure is isolated left to right
 * (U+2066 … U+2069) so that "&lt;5" is not mirrored into "5&gt;" on an Arabic page.
 */
final class ReportChart {
    private static final int WIDTH = 640;
    private static final int LABEL = 200;
    private static final int BAR_MAX = 340;
    private static final int LINE = 22;
    private static final String TOTAL = "TOTAL";

    private ReportChart() {
    }

    /** The chart, or null when the table has no count to draw. */
    static String svg(ReportTable table, ReportText text, String id) {
        List<Integer> columns = charted(table);
        long max = 0;
        boolean any = false;
        for (ReportTable.Row row : table.rows()) {
            for (int c : columns) {
                Figure f = row.figures().get(c);
                if (f.kind() != Figure.Kind.COUNT) {
                    return null;
                }
                if (f.value() != null) {
                    max = Math.max(max, f.value().longValue());
                    any = true;
                }
            }
        }
        if (!any) {
            return null;
        }
        boolean rtl = text.rightToLeft();
        StringBuilder body = new StringBuilder();
        int y = 0;
        for (ReportTable.Row row : table.rows()) {
            y += LINE;
            body.append(label(rtl, y, text.row(row.key()), true));
            for (int c : columns) {
                y += LINE;
                body.append(bar(rtl, y, text.column(table.columns().get(c)), row.figures().get(c), max, text));
            }
            y += LINE / 2;
        }
        int height = y + LINE / 2;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"" + id + "\" viewBox=\"0 0 " + WIDTH
                + " " + height + "\" width=\"" + WIDTH + "\" height=\"" + height + "\" direction=\"ltr\" role=\"img\""
                + " aria-labelledby=\"" + id + "-title\"><title id=\"" + id + "-title\">"
                + ReportHtml.escape(text.text("report.export.chart", text.table(table.key()))) + "</title>"
                + body + "</svg>";
    }

    private static List<Integer> charted(ReportTable table) {
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            if (!TOTAL.equals(table.columns().get(c))) {
                columns.add(c);
            }
        }
        if (columns.isEmpty()) {
            for (int c = 0; c < table.columns().size(); c++) {
                columns.add(c);
            }
        }
        return columns;
    }

    private static String label(boolean rtl, int y, String label, boolean bold) {
        int x = rtl ? WIDTH - 4 : 4;
        return "<text x=\"" + x + "\" y=\"" + (y - 6) + "\" text-anchor=\"" + (rtl ? "end" : "start") + "\""
                + (bold ? " font-weight=\"700\"" : "") + ">" + ReportHtml.escape(label) + "</text>";
    }

    private static String bar(boolean rtl, int y, String label, Figure f, long max, ReportText text) {
        long value = f.value() == null ? 0 : f.value().longValue();
        int width = max == 0 ? 0 : (int) Math.round((double) value / max * BAR_MAX);
        int labelX = rtl ? WIDTH - LABEL + 8 : LABEL - 8;
        int barX = rtl ? WIDTH - LABEL - width : LABEL;
        int valueX = rtl ? barX - 6 : LABEL + width + 6;
        StringBuilder s = new StringBuilder();
        s.append("<text x=\"").append(labelX).append("\" y=\"").append(y - 6).append("\" text-anchor=\"")
                .append(rtl ? "start" : "end").append("\">").append(ReportHtml.escape(label)).append("</text>");
        if (width > 0) {
            s.append("<rect x=\"").append(barX).append("\" y=\"").append(y - LINE + 4).append("\" width=\"")
                    .append(width).append("\" height=\"").append(LINE - 6).append("\" fill=\"#0b3d2e\"/>");
        }
        s.append("<text x=\"").append(valueX).append("\" y=\"").append(y - 6).append("\" text-anchor=\"")
                .append(rtl ? "end" : "start").append("\" direction=\"ltr\">")
                .append('\u2066').append(ReportHtml.escape(text.figure(f))).append('\u2069').append("</text>");
        return s.toString();
    }
}
