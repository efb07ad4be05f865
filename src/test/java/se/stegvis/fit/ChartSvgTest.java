package se.stegvis.fit;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.stegvis.shared.Messages;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ChartSvgTest {
    private static final BigDecimal CUTOFF = new BigDecimal("25.0");

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> byClass(Document d, String tag, String cls) {
        NodeList all = d.getElementsByTagNameNS("*", tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (cls.equals(e.getAttribute("class"))) {
                found.add(e);
            }
        }
        return found;
    }

    private static TrendService.TrendRating rating(String code, double total) {
        List<TrendService.Item> items = Points.even(total).stream().map(v -> new TrendService.Item("k", null, v)).toList();
        return new TrendService.TrendRating(code, items, BigDecimal.valueOf(total).setScale(1), RatingSource.PORTAL);
    }

    private static TrendService.Trend trend(boolean expected) {
        List<TrendService.TrendSession> sessions = new ArrayList<>();
        double[] ors = {18, 21, 13};
        for (int i = 0; i < 3; i++) {
            sessions.add(new TrendService.TrendSession(UUID.randomUUID(), i + 1, LocalDate.of(2026, 3, 2).plusWeeks(i),
                    SessionKind.INDIVIDUAL, rating("ORS", ors[i]), i == 1 ? null : rating("SRS", 34 + i),
                    CUTOFF, true, expected ? new TrendService.Expected(17, 20, 23, 12) : null,
                    i == 2 ? List.of(AlertKind.LOW_SRS, AlertKind.ORS_DETERIORATION) : List.of()));
        }
        var change = ClinicalRules.change(FitSettings.DEFAULTS, new BigDecimal("18.0"), 30, new BigDecimal("13.0"), 30);
        return new TrendService.Trend(UUID.randomUUID(), "Åsa <Ö> & co", sessions, change, new BigDecimal("18.0"), 15,
                new TrendService.Band(new BigDecimal("13.0"), new BigDecimal("23.0")), new BigDecimal("36.0"), expected);
    }

    @Test
    void chartIsValidSvgWithTitleDescriptionAndImageRole() throws Exception {
        Document d = parse(ChartSvg.render(trend(true), new ChartLabels(new Messages(), Locale.ENGLISH)));
        Element svg = d.getDocumentElement();
        assertThat(svg.getLocalName()).isEqualTo("svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("fit-chart-title fit-chart-desc");
        assertThat(d.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isEqualTo("ORS and SRS – Åsa <Ö> & co");
        assertThat(d.getElementsByTagNameNS("*", "desc").item(0).getTextContent())
                .isEqualTo("3 sessions. First ORS 18.0, latest 13.0: reliably worse.");
    }

    @Test
    void chartHasOrsAndSrsPointsTheCutoffLineTheExpectedBandAndAlertMarkers() throws Exception {
        Document d = parse(ChartSvg.render(trend(true), new ChartLabels(new Messages(), Locale.ENGLISH)));
        assertThat(byClass(d, "circle", "ors-point")).hasSize(3);
        assertThat(byClass(d, "circle", "srs-point")).hasSize(2);
        assertThat(byClass(d, "g", "cutoff")).singleElement()
                .satisfies(g -> assertThat(g.getElementsByTagNameNS("*", "polyline").getLength()).isEqualTo(1));
        assertThat(byClass(d, "polygon", "expected-band")).hasSize(1);
        assertThat(byClass(d, "rect", "no-change-band")).isEmpty();
        assertThat(byClass(d, "path", "alert-marker")).singleElement()
                .satisfies(m -> assertThat(m.getTextContent()).isEqualTo("Session 3: Low or falling SRS; ORS reliably worse"));
        assertThat(byClass(d, "circle", "ors-point").get(2).getTextContent()).isEqualTo("ORS (how life is going) 13.0");
    }

    @Test
    void withoutEnoughDataTheChartShowsTheBandOfNoReliableChangeInstead() throws Exception {
        Document d = parse(ChartSvg.render(trend(false), new ChartLabels(new Messages(), Locale.forLanguageTag("sv"))));
        assertThat(byClass(d, "polygon", "expected-band")).isEmpty();
        assertThat(byClass(d, "rect", "no-change-band")).singleElement()
                .satisfies(r -> assertThat(r.getTextContent()).isEqualTo("Ingen tillförlitlig förändring från start"));
    }

    @Test
    void aParticipantWithoutSessionsGetsAChartSayingSo() throws Exception {
        var empty = new TrendService.Trend(UUID.randomUUID(), "X", List.of(),
                ClinicalRules.Change.NONE, null, null, null, new BigDecimal("36.0"), false);
        Document d = parse(ChartSvg.render(empty, new ChartLabels(new Messages(), Locale.forLanguageTag("ar"))));
        assertThat(d.getDocumentElement().getTextContent()).contains("لا توجد جلسات بعد.");
    }
}
