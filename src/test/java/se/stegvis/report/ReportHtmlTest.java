package se.stegvis.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.stegvis.shared.Messages;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ReportHtmlTest {
    private final Messages messages = new Messages();

    private static Document parse(String html) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private String html(Report report, Locale locale) {
        return ReportHtml.write(report, new ReportText(messages, locale, report.threshold(),
                "sv".equals(locale.getLanguage())));
    }

    @Test
    void thePageIsWellFormedWithTablesHiddenCountsAndAChartForTheCountTable() throws Exception {
        Document doc = parse(html(ReportSamples.fixtureReport("Team <Norr> & Syd"), Messages.SWEDISH));
        Element root = doc.getDocumentElement();
        assertThat(root.getAttribute("lang")).isEqualTo("sv");
        assertThat(root.getAttribute("dir")).isEqualTo("ltr");
        assertThat(texts(doc, "h1")).containsExactly("Indikatorrapport");
        assertThat(texts(doc, "p")).contains("Team: Team <Norr> & Syd");
        assertThat(texts(doc, "caption")).containsExactly("fixture.flow", "fixture.agree", "fixture.months");
        assertThat(texts(doc, "td")).contains("12", "<5", "62,5 %", "–", "8,1");
        assertThat(texts(doc, "bdi")).contains("<5");
        NodeList svgs = doc.getElementsByTagName("svg");
        assertThat(svgs.getLength()).as("only the count table is charted").isEqualTo(1);
        Element svg = (Element) svgs.item(0);
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Stapeldiagram: fixture.flow");
        // 12 women new, 7 and 8 exits: three bars; the hidden cells have none, only their "<5"
        assertThat(svg.getElementsByTagName("rect").getLength()).isEqualTo(3);
        List<String> drawn = texts(doc, "text");
        assertThat(drawn).contains("\u2066<5\u2069", "\u206612\u2069", "Kvinnor", "fixture.new");
    }

    @Test
    void everyHeaderCellHasAScope() throws Exception {
        Document doc = parse(html(ReportSamples.fixtureReport("Team Norr"), Messages.SWEDISH));
        NodeList th = doc.getElementsByTagName("th");
        assertThat(th.getLength()).isGreaterThan(0);
        for (int i = 0; i < th.getLength(); i++) {
            assertThat(((Element) th.item(i)).getAttribute("scope")).isIn("col", "row");
        }
    }

    @Test
    void arabicPagesRunRightToLeftWithDecimalPoints() throws Exception {
        Document doc = parse(html(ReportSamples.fixtureReport("فريق"), Locale.forLanguageTag("ar")));
        assertThat(doc.getDocumentElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("ar");
        assertThat(texts(doc, "th")).contains("نساء");
        assertThat(texts(doc, "td")).contains("62.5%", "8.1", "<5");
    }

    @Test
    void thePagesPolicyAllowsItsOwnStyleAndNothingElse() {
        assertThat(ReportHtml.CONTENT_SECURITY_POLICY).startsWith("default-src 'none'; style-src 'sha256-")
                .doesNotContain("script-src", "unsafe");
        assertThat(html(ReportSamples.fixtureReport("Team Norr"), Messages.SWEDISH))
                .contains("<style>" + ReportHtml.STYLE + "</style>").doesNotContain("<script", "src=", "href=", "url(", "@import");
    }
}
