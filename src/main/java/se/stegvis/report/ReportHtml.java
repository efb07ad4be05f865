package se.stegvis.report;

import se.stegvis.shared.Sha256;

import java.util.List;

/**
 * A report as one printable HTML page for the annual report: the heading, then per section its
 * warnings and tables, each count table with a bar chart in inline SVG. Self-contained (its only style
 * is inline, no script, no outside asset) and well-formed XML, so it opens from a file and prints
 * ({@code @media print}: no page break inside a table or chart). Arabic pages run right to left.
 */
final class ReportHtml {
    static final String STYLE = "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\","
            + "\"Noto Sans Arabic\",sans-serif;color:#111;background:#fff;margin:0;padding:1.5rem;line-height:1.45}"
            + "main{max-width:60rem;margin:0 auto}h1{font-size:1.8rem;margin:0 0 .5rem}"
            + "h2{font-size:1.4rem;margin:2rem 0 .5rem;border-bottom:2px solid #0b3d2e}"
            + ".meta p{margin:.15rem 0}.note{color:#333}.warnings{border-inline-start:6px solid #5a3b00;"
            + "background:#fff6e0;padding:.5rem 1rem .5rem 1.75rem;margin:.5rem 0}"
            + "table{border-collapse:collapse;margin:1rem 0 .5rem;min-width:50%}"
            + "caption{text-align:start;font-weight:700;padding:.25rem 0}"
            + "th,td{border:1px solid #9aa8a2;padding:.25rem .6rem;text-align:end}"
            + "thead th{background:#eef5f1}th[scope=row]{text-align:start;font-weight:400}"
            + "svg.chart{display:block;max-width:100%;height:auto;margin:.25rem 0 1rem;font-size:13px}"
            + "@media print{body{padding:0;font-size:10pt}h2{break-after:avoid}"
            + ".table-block{break-inside:avoid}svg.chart{max-width:17cm}}";
    /** The page's own Content-Security-Policy: nothing but its inline style, whose hash it names. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + Sha256.cspSource(STYLE) + "'; "
            + "img-src 'none'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private ReportHtml() {
    }

    static String write(Report report, ReportText text) {
        StringBuilder page = new StringBuilder(16_384);
        String lang = text.locale().getLanguage();
        List<String> heading = text.heading(report);
        page.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\" dir=\"")
                .append(text.rightToLeft() ? "rtl" : "ltr").append("\"><head><meta charset=\"utf-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>")
                .append(escape(heading.get(0) + " " + report.period())).append("</title><style>").append(STYLE)
                .append("</style></head><body><main><h1>").append(escape(heading.get(0))).append("</h1>")
                .append("<div class=\"meta\">");
        heading.subList(1, heading.size()).forEach(line -> page.append("<p>").append(escape(line)).append("</p>"));
        page.append("</div>");
        int n = 0;
        for (ReportSection section : report.sections()) {
            page.append("<section><h2>").append(escape(text.section(section.key()))).append("</h2>");
            if (!section.warnings().isEmpty()) {
                page.append("<ul class=\"warnings\">");
                section.warnings().forEach(w -> page.append("<li>").append(escape(text.warning(w))).append("</li>"));
                page.append("</ul>");
            }
            for (ReportTable table : section.tables()) {
                page.append("<div class=\"table-block\">");
                table(page, table, text);
                String chart = ReportChart.svg(table, text, "chart-" + (++n));
                if (chart != null) {
                    page.append(chart);
                }
                page.append("</div>");
            }
            page.append("</section>");
        }
        if (report.sections().isEmpty()) {
            page.append("<p>").append(escape(text.text("report.export.empty"))).append("</p>");
        }
        return page.append("</main></body></html>\n").toString();
    }

    private static void table(StringBuilder page, ReportTable table, ReportText text) {
        page.append("<table><caption>").append(escape(text.table(table.key()))).append("</caption><thead><tr>")
                .append("<th scope=\"col\">").append(escape(text.text("report.export.rowHeader"))).append("</th>");
        table.columns().forEach(c -> page.append("<th scope=\"col\">").append(escape(text.column(c))).append("</th>"));
        page.append("</tr></thead><tbody>");
        for (ReportTable.Row row : table.rows()) {
            page.append("<tr><th scope=\"row\">").append(escape(text.row(row.key()))).append("</th>");
            row.figures().forEach(f -> page.append("<td>").append(cell(text.figure(f))).append("</td>"));
            page.append("</tr>");
        }
        page.append("</tbody></table>");
    }

    /** "<5" is isolated left to right, so that an Arabic page does not mirror it into ">5". */
    private static String cell(String figure) {
        String escaped = escape(figure);
        return figure.startsWith("<") ? "<bdi dir=\"ltr\">" + escaped + "</bdi>" : escaped;
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
