package se.stegvis.fit;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Draws a trend as an SVG chart, pure: ORS and SRS totals per session (0–40), the ORS cutoff line,
 * the expected band (25th–75th percentile) where there is enough data, otherwise the band of no
 * reliable change around the intake score, and markers for alerts. Every mark carries a
 * {@code <title>}; the chart is {@code role="img"} labelled by its title and description, so a screen
 * reader gets the summary and the page's table gives the numbers. Presentation attributes only, no
 * style attributes (the portal's content security policy allows no inline styles).
 */
final class ChartSvg {
    static final int WIDTH = 720;
    static final int HEIGHT = 360;
    private static final int LEFT = 44;
    private static final int RIGHT = 16;
    private static final int TOP = 40;
    private static final int BOTTOM = 44;
    private static final double MAX = 40;
    static final String ORS_COLOUR = "#1f5fa8";
    static final String SRS_COLOUR = "#b35900";

    private ChartSvg() {
    }

    /** The texts the chart needs, already in the reader's language. */
    interface Labels {
        String title(String name);

        String description(TrendService.Trend t);

        String session(int number);

        String ors();

        String srs();

        String cutoff();

        String expected();

        String noChange();

        String alert(List<AlertKind> kinds);

        String noSessions();

        String axis();
    }

    static String render(TrendService.Trend t, Labels l) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"fit-chart-title fit-chart-desc\">");
        svg.append("<title id=\"fit-chart-title\">").append(esc(l.title(t.displayName()))).append("</title>");
        svg.append("<desc id=\"fit-chart-desc\">").append(esc(l.description(t))).append("</desc>");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"#ffffff\"/>");
        grid(svg);
        List<TrendService.TrendSession> s = t.sessions();
        if (s.isEmpty()) {
            svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
                    .append("\" text-anchor=\"middle\" font-size=\"14\" fill=\"#333333\">").append(esc(l.noSessions()))
                    .append("</text></svg>");
            return svg.toString();
        }
        bands(svg, t, l);
        line(svg, s, x -> x.cutoff(), "cutoff", "#666666", "6 4", l.cutoff(), false);
        line(svg, s, x -> x.ors() == null ? null : x.ors().total(), "ors", ORS_COLOUR, null, l.ors(), true);
        line(svg, s, x -> x.srs() == null ? null : x.srs().total(), "srs", SRS_COLOUR, "2 3", l.srs(), true);
        markers(svg, s, l);
        xAxis(svg, s, l);
        legend(svg, l, t.expectedShown());
        return svg.append("</svg>").toString();
    }

    private static void grid(StringBuilder svg) {
        svg.append("<g class=\"grid\" aria-hidden=\"true\">");
        for (int v = 0; v <= MAX; v += 10) {
            double y = y(v);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(f(y))
                    .append("\" y2=\"").append(f(y)).append("\" stroke=\"#dddddd\"/>");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(f(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#333333\">").append(v).append("</text>");
        }
        svg.append("</g>");
    }

    private static void bands(StringBuilder svg, TrendService.Trend t, Labels l) {
        List<TrendService.TrendSession> s = t.sessions();
        int n = s.size();
        if (t.expectedShown()) {
            List<String> upper = new ArrayList<>();
            List<String> lower = new ArrayList<>();
            for (TrendService.TrendSession x : s) {
                if (x.expected() != null) {
                    upper.add(f(x(x.number(), n)) + "," + f(y(x.expected().p75())));
                    lower.add(0, f(x(x.number(), n)) + "," + f(y(x.expected().p25())));
                }
            }
            upper.addAll(lower);
            svg.append("<polygon class=\"expected-band\" points=\"").append(String.join(" ", upper))
                    .append("\" fill=\"#1f5fa8\" fill-opacity=\"0.15\" stroke=\"none\"><title>").append(esc(l.expected()))
                    .append("</title></polygon>");
        } else if (t.noChangeBand() != null) {
            double top = y(t.noChangeBand().upper().doubleValue());
            double bottom = y(t.noChangeBand().lower().doubleValue());
            svg.append("<rect class=\"no-change-band\" x=\"").append(LEFT).append("\" y=\"").append(f(top))
                    .append("\" width=\"").append(WIDTH - LEFT - RIGHT).append("\" height=\"").append(f(bottom - top))
                    .append("\" fill=\"#888888\" fill-opacity=\"0.12\"><title>").append(esc(l.noChange()))
                    .append("</title></rect>");
        }
    }

    private static void line(StringBuilder svg, List<TrendService.TrendSession> s,
                             Function<TrendService.TrendSession, BigDecimal> value, String cls, String colour,
                             @Nullable String dash, String label, boolean points) {
        int n = s.size();
        List<String> coords = new ArrayList<>();
        StringBuilder marks = new StringBuilder();
        for (TrendService.TrendSession x : s) {
            BigDecimal v = value.apply(x);
            if (v == null) {
                continue;
            }
            String cx = f(x(x.number(), n));
            String cy = f(y(v.doubleValue()));
            coords.add(cx + "," + cy);
            if (points) {
                marks.append("<circle class=\"").append(cls).append("-point\" cx=\"").append(cx).append("\" cy=\"").append(cy)
                        .append("\" r=\"").append(n > 60 ? 2 : 4).append("\" fill=\"").append(colour).append("\"><title>")
                        .append(esc(label + " " + v)).append("</title></circle>");
            }
        }
        svg.append("<g class=\"").append(cls).append("\" aria-label=\"").append(esc(label)).append("\">");
        if (coords.size() > 1) {
            svg.append("<polyline points=\"").append(String.join(" ", coords)).append("\" fill=\"none\" stroke=\"")
                    .append(colour).append("\" stroke-width=\"2\"");
            if (dash != null) {
                svg.append(" stroke-dasharray=\"").append(dash).append('"');
            }
            svg.append("><title>").append(esc(label)).append("</title></polyline>");
        }
        svg.append(marks).append("</g>");
    }

    private static void markers(StringBuilder svg, List<TrendService.TrendSession> s, Labels l) {
        int n = s.size();
        svg.append("<g class=\"alerts\" aria-label=\"").append(esc(l.alert(List.of()))).append("\">");
        for (TrendService.TrendSession x : s) {
            if (x.alerts().isEmpty()) {
                continue;
            }
            double cx = x(x.number(), n);
            double top = TOP - 20;
            svg.append("<path class=\"alert-marker\" d=\"M").append(f(cx)).append(',').append(f(top)).append(" l6,11 l-12,0 z\" ")
                    .append("fill=\"#c0392b\"><title>").append(esc(l.session(x.number()) + ": " + l.alert(x.alerts())))
                    .append("</title></path>");
        }
        svg.append("</g>");
    }

    private static void xAxis(StringBuilder svg, List<TrendService.TrendSession> s, Labels l) {
        int n = s.size();
        int step = Math.max(1, (int) Math.ceil(n / 20.0));
        svg.append("<g class=\"x-axis\" aria-hidden=\"true\">");
        for (TrendService.TrendSession x : s) {
            if ((x.number() - 1) % step == 0) {
                svg.append("<text x=\"").append(f(x(x.number(), n))).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                        .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#333333\">").append(x.number()).append("</text>");
            }
        }
        svg.append("<text x=\"").append((LEFT + WIDTH - RIGHT) / 2).append("\" y=\"").append(HEIGHT - 8)
                .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#333333\">").append(esc(l.axis()))
                .append("</text></g>");
    }

    private static void legend(StringBuilder svg, Labels l, boolean expected) {
        svg.append("<g class=\"legend\" aria-hidden=\"true\" font-size=\"12\" fill=\"#333333\">");
        int x = LEFT;
        x = legendItem(svg, x, ORS_COLOUR, null, l.ors());
        x = legendItem(svg, x, SRS_COLOUR, "2 3", l.srs());
        x = legendItem(svg, x, "#666666", "6 4", l.cutoff());
        svg.append("<rect x=\"").append(x).append("\" y=\"6\" width=\"18\" height=\"10\" fill=\"")
                .append(expected ? "#1f5fa8" : "#888888").append("\" fill-opacity=\"0.2\"/>")
                .append("<text x=\"").append(x + 24).append("\" y=\"15\">").append(esc(expected ? l.expected() : l.noChange()))
                .append("</text></g>");
    }

    private static int legendItem(StringBuilder svg, int x, String colour, @Nullable String dash, String label) {
        svg.append("<line x1=\"").append(x).append("\" x2=\"").append(x + 18).append("\" y1=\"11\" y2=\"11\" stroke=\"")
                .append(colour).append("\" stroke-width=\"2\"").append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
                .append("/><text x=\"").append(x + 24).append("\" y=\"15\">").append(esc(label)).append("</text>");
        return x + 30 + label.length() * 7;
    }

    private static double x(int number, int n) {
        double plot = WIDTH - LEFT - RIGHT;
        return LEFT + (number - 0.5) * plot / n;
    }

    private static double y(double value) {
        double plot = HEIGHT - TOP - BOTTOM;
        return TOP + (MAX - Math.max(0, Math.min(MAX, value))) * plot / MAX;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
