package se.stegvis.owncopy;

import se.stegvis.shared.Sha256;

import java.util.List;
import java.util.Map;

/**
 * The own copy as one printable HTML page: the heading, then per section its rows, each a list of label and
 * value (readable on a phone and on paper), then what is not included and why. Standalone: inline style,
 * no script, no outside asset, its own Content-Security-Policy; Arabic runs right to left.
 */
final class OwnCopyHtml {
    static final String STYLE = "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\","
            + "\"Noto Sans Arabic\",sans-serif;color:#111;background:#fff;margin:0;padding:1rem;line-height:1.45}"
            + "main{max-width:48rem;margin:0 auto}h1{font-size:1.6rem;margin:0 0 .5rem}"
            + "h2{font-size:1.25rem;margin:1.75rem 0 .5rem;border-bottom:2px solid #0b3d2e}"
            + ".meta p{margin:.2rem 0}.note{border-inline-start:6px solid #0b3d2e;background:#eef5f1;"
            + "padding:.4rem .8rem;margin:.5rem 0}.empty{color:#333;font-style:italic}"
            + "dl.entry{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr;gap:.15rem 1rem;"
            + "border:1px solid #9aa8a2;border-radius:4px;padding:.5rem .75rem;margin:.5rem 0}"
            + "dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}dd ul{margin:0;padding-inline-start:1.2rem}"
            + "@media (max-width:30rem){dl.entry{grid-template-columns:1fr}dd{margin-bottom:.3rem}}"
            + "@media print{body{padding:0;font-size:10pt}h2{break-after:avoid}dl.entry{break-inside:avoid}}";
    /** The page's own Content-Security-Policy: nothing but its inline style, whose hash it names. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + Sha256.cspSource(STYLE) + "'; "
            + "img-src 'none'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private OwnCopyHtml() {
    }

    static String write(OwnCopy copy, OwnCopyText text) {
        StringBuilder page = new StringBuilder(32_768);
        String title = text.text("owncopy.title", copy.displayName());
        page.append("<!DOCTYPE html>\n<html lang=\"").append(text.locale().getLanguage()).append("\" dir=\"")
                .append(text.rightToLeft() ? "rtl" : "ltr").append("\"><head><meta charset=\"utf-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>")
                .append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body><main>")
                .append("<h1>").append(escape(title)).append("</h1><div class=\"meta\">");
        paragraph(page, text.text("owncopy.intro"));
        if (copy.team() != null) {
            paragraph(page, text.text("owncopy.team", copy.team()));
        }
        paragraph(page, text.text("owncopy.generated", text.time(copy.generatedAt())));
        paragraph(page, text.text("owncopy.times"));
        paragraph(page, text.text("owncopy.rights"));
        page.append("</div>");
        for (OwnCopy.Section section : copy.sections()) {
            page.append("<section id=\"").append(escape(section.key())).append("\"><h2>")
                    .append(escape(text.section(section.key()))).append("</h2>");
            if (section.noteKey() != null) {
                page.append("<p class=\"note\">").append(escape(text.text(section.noteKey()))).append("</p>");
            }
            if (section.entries().isEmpty()) {
                page.append("<p class=\"empty\">").append(escape(text.text("owncopy.empty"))).append("</p>");
            }
            section.entries().forEach(entry -> entry(page, entry, text));
            page.append("</section>");
        }
        page.append("<section id=\"excluded\"><h2>").append(escape(text.text("owncopy.excluded.title")))
                .append("</h2>");
        paragraph(page, text.text(OwnCopy.EXCLUDED_KEY));
        return page.append("</section></main></body></html>\n").toString();
    }

    private static void entry(StringBuilder page, Map<String, Object> entry, OwnCopyText text) {
        page.append("<dl class=\"entry\">");
        entry.forEach((field, value) -> {
            if (value == null || (value instanceof List<?> l && l.isEmpty())) {
                return;
            }
            page.append("<dt>").append(escape(text.field(field))).append("</dt><dd>");
            if (value instanceof List<?> list) {
                page.append("<ul>");
                for (Object item : list) {
                    page.append("<li>").append(escape(item instanceof Map<?, ?> m ? nested(m, text)
                            : text.value(field, item))).append("</li>");
                }
                page.append("</ul>");
            } else {
                page.append(escape(text.value(valueKind(entry, field), value)));
            }
            page.append("</dd>");
        });
        page.append("</dl>");
    }

    /** A corrected background variable's old and new value read as that variable (a gender code as "Kvinna"). */
    private static String valueKind(Map<String, Object> entry, String field) {
        boolean corrected = field.equals("oldValue") || field.equals("newValue");
        return corrected && entry.get("field") != null ? String.valueOf(entry.get("field")) : field;
    }

    /** A nested row (a question and its answer) on one line: its values joined. */
    private static String nested(Map<?, ?> row, OwnCopyText text) {
        StringBuilder s = new StringBuilder();
        row.forEach((k, v) -> {
            if (v != null) {
                s.append(s.length() == 0 ? "" : " — ").append(text.value(String.valueOf(k), v));
            }
        });
        return s.toString();
    }

    private static void paragraph(StringBuilder page, String text) {
        page.append("<p>").append(escape(text)).append("</p>");
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
