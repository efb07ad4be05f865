package se.stegvis.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.stegvis.shared.Messages;

import javax.xml.parsers.DocumentBuilderFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens the workbook as the zip of XML parts it is and reads the cells back. */
class ReportXlsxTest {
    private final Messages messages = new Messages();

    @Test
    void oneSheetForTheHeadingAndOnePerSectionWithNumbersAndHiddenCellsAsText() throws Exception {
        Map<String, Document> parts = parts(ReportXlsx.write(ReportSamples.fixtureReport("Team Norr"),
                new ReportText(messages, Messages.SWEDISH, 5, false)));
        assertThat(sheetNames(parts.get("xl/workbook.xml"))).containsExactly("Rapport", "fixture");
        Map<String, String> cells = cells(parts.get("xl/worksheets/sheet2.xml"), sharedStrings(parts));
        assertThat(cells).containsEntry("A1", "fixture").containsEntry("A2", "fixture.warning");
        int header = rowOf(cells, "Uppgift");
        assertThat(cells).containsEntry("B" + header, "Kvinnor").containsEntry("C" + header, "Män");
        int next = header + 1;
        assertThat(cells).containsEntry("A" + next, "fixture.new").containsEntry("B" + next, "12")
                .containsEntry("C" + next, "<5").containsEntry("D" + next, "0");
        int share = rowOf(cells, "fixture.q1");
        assertThat(cells).containsEntry("B" + share, "0.625").containsEntry("C" + share, "–");
        assertThat(cells).doesNotContainKey("D" + share);
        int months = rowOf(cells, "fixture.throughput");
        assertThat(cells).containsEntry("B" + months, "8.10");
        Map<String, String> info = cells(parts.get("xl/worksheets/sheet1.xml"), sharedStrings(parts));
        assertThat(info).containsEntry("A1", "Indikatorrapport").containsEntry("A3", "Team: Team Norr");
    }

    @Test
    void aShareCellIsFormattedAsAPercentWithOneDecimal() throws Exception {
        Map<String, Document> parts = parts(ReportXlsx.write(ReportSamples.fixtureReport("Team Norr"),
                new ReportText(messages, Messages.SWEDISH, 5, false)));
        NodeList formats = parts.get("xl/styles.xml").getElementsByTagName("numFmt");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < formats.getLength(); i++) {
            codes.add(((Element) formats.item(i)).getAttribute("formatCode"));
        }
        assertThat(codes).contains("0.0%");
    }

    @Test
    void arabicSheetsRunRightToLeft() throws Exception {
        Map<String, Document> parts = parts(ReportXlsx.write(ReportSamples.fixtureReport("فريق"),
                new ReportText(messages, Locale.forLanguageTag("ar"), 5, false)));
        Element view = (Element) parts.get("xl/worksheets/sheet2.xml").getElementsByTagName("sheetView").item(0);
        assertThat(view.getAttribute("rightToLeft")).isIn("true", "1");
        assertThat(sheetNames(parts.get("xl/workbook.xml"))).first().isEqualTo("التقرير");
    }

    @Test
    void sheetNamesAreShortUniqueAndFreeOfForbiddenCharacters() {
        var taken = new HashSet<String>();
        assertThat(ReportXlsx.sheetName("Flöde: in/ut [per kön] och mycket mer text här", taken))
                .hasSizeLessThanOrEqualTo(31).doesNotContain(":", "/", "[", "]");
        assertThat(ReportXlsx.sheetName("Kö", taken)).isEqualTo("Kö");
        assertThat(ReportXlsx.sheetName("kö", taken)).isEqualTo("kö 2");
    }

    // ---------------------------------------------------------------- reading the zip

    static Map<String, Document> parts(byte[] xlsx) throws Exception {
        Map<String, Document> parts = new HashMap<>();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        // the writer streams its entries (sizes after the data), so read the central directory of a file
        java.nio.file.Path file = java.nio.file.Files.createTempFile("report", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    if (e.getName().endsWith(".xml")) {
                        try (var in = zip.getInputStream(e)) {
                            parts.put(e.getName(), factory.newDocumentBuilder().parse(in));
                        }
                    }
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        return parts;
    }

    private static List<String> sheetNames(Document workbook) {
        NodeList sheets = workbook.getElementsByTagName("sheet");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < sheets.getLength(); i++) {
            names.add(((Element) sheets.item(i)).getAttribute("name"));
        }
        return names;
    }

    private static List<String> sharedStrings(Map<String, Document> parts) {
        List<String> strings = new ArrayList<>();
        Document shared = parts.get("xl/sharedStrings.xml");
        if (shared != null) {
            NodeList items = shared.getElementsByTagName("si");
            for (int i = 0; i < items.getLength(); i++) {
                strings.add(items.item(i).getTextContent());
            }
        }
        return strings;
    }

    /** Cell reference → text: shared and inline strings resolved, numbers as written. */
    static Map<String, String> cells(Document sheet, List<String> shared) {
        Map<String, String> cells = new HashMap<>();
        NodeList list = sheet.getElementsByTagName("c");
        for (int i = 0; i < list.getLength(); i++) {
            Element c = (Element) list.item(i);
            String type = c.getAttribute("t");
            NodeList v = c.getElementsByTagName("v");
            String value;
            if ("inlineStr".equals(type)) {
                value = c.getElementsByTagName("is").item(0).getTextContent();
            } else if (v.getLength() == 0) {
                continue;
            } else if ("s".equals(type)) {
                value = shared.get(Integer.parseInt(v.item(0).getTextContent()));
            } else {
                value = v.item(0).getTextContent();
            }
            cells.put(c.getAttribute("r"), value);
        }
        return cells;
    }

    private static int rowOf(Map<String, String> cells, String textInColumnA) {
        return cells.entrySet().stream().filter(e -> e.getKey().matches("A\\d+") && e.getValue().equals(textInColumnA))
                .mapToInt(e -> Integer.parseInt(e.getKey().substring(1))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + textInColumnA + " in " + cells));
    }
}
