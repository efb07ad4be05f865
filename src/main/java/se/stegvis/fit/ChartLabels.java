package se.stegvis.fit;

import se.stegvis.shared.Messages;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The chart's texts from the message bundles (sv, en, ar). */
final class ChartLabels implements ChartSvg.Labels {
    private final Messages messages;
    private final Locale locale;

    ChartLabels(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    private String m(String key, Object... args) {
        return messages.get(locale, key, args);
    }

    @Override
    public String title(String name) {
        return m("fit.chart.title", name);
    }

    @Override
    public String description(TrendService.Trend t) {
        ClinicalRules.Change c = t.change();
        String verdict = m("fit.verdict." + c.verdict().name());
        if (c.first() == null) {
            return m("fit.chart.description.short", t.sessions().size(), verdict);
        }
        return m("fit.chart.description", t.sessions().size(), c.first().toPlainString(), c.latest().toPlainString(),
                verdict);
    }

    @Override
    public String session(int number) {
        return m("fit.chart.session", number);
    }

    @Override
    public String ors() {
        return m("fit.chart.ors");
    }

    @Override
    public String srs() {
        return m("fit.chart.srs");
    }

    @Override
    public String cutoff() {
        return m("fit.chart.cutoff");
    }

    @Override
    public String expected() {
        return m("fit.chart.expected");
    }

    @Override
    public String noChange() {
        return m("fit.chart.no-change");
    }

    @Override
    public String alert(List<AlertKind> kinds) {
        return kinds.isEmpty() ? m("fit.chart.alerts")
                : kinds.stream().map(k -> m("fit.alert." + k.name())).collect(Collectors.joining("; "));
    }

    @Override
    public String noSessions() {
        return m("fit.chart.no-sessions");
    }

    @Override
    public String axis() {
        return m("fit.chart.axis");
    }
}
