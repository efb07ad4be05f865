package se.stegvis.report;

import org.junit.jupiter.api.Test;
import se.stegvis.shared.Messages;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCsvTest {
    private final Messages messages = new Messages();

    private List<String> lines(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8).lines().toList();
    }

    private byte[] swedish(Report report, Locale locale) {
        return ReportCsv.write(report, new ReportText(messages, locale, report.threshold(), true), ReportCsv.SWEDISH_EXCEL);
    }

    @Test
    void swedishExcelCsvStartsWithAByteOrderMarkAndUsesSemicolonsAndDecimalCommas() {
        byte[] csv = swedish(ReportSamples.fixtureReport("Team Norr"), Messages.SWEDISH);
        assertThat(csv[0] & 0xff).isEqualTo(0xEF);
        assertThat(csv[1] & 0xff).isEqualTo(0xBB);
        assertThat(csv[2] & 0xff).isEqualTo(0xBF);
        List<String> lines = lines(csv);
        assertThat(lines.get(0)).isEqualTo("\uFEFFIndikatorrapport");
        assertThat(lines).contains("Uppgift;Kvinnor;Män;Annat/okänt", "fixture.new;12;<5;0", "fixture.exits;7;8;<5",
                "fixture.q1;62,5 %;–;", "fixture.throughput;8,1;–;");
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\r\n");
    }

    @Test
    void theCommaVariantHasNoByteOrderMarkCommasAndDecimalPoints() {
        Report report = ReportSamples.fixtureReport("Team Norr");
        byte[] csv = ReportCsv.write(report, new ReportText(messages, Locale.ENGLISH, 5, false), ReportCsv.PLAIN);
        assertThat(csv[0]).isEqualTo((byte) 'I');
        assertThat(lines(csv)).contains("Item,Women,Men,Other/unknown", "fixture.new,12,<5,0",
                "fixture.q1,62.5%,–,", "fixture.throughput,8.1,–,");
    }

    @Test
    void fieldsWithTheSeparatorOrQuotesAreQuotedWithQuotesDoubled() {
        byte[] csv = swedish(ReportSamples.fixtureReport("Team \"Norr\"; Avesta"), Messages.SWEDISH);
        assertThat(lines(csv)).contains("\"Team: Team \"\"Norr\"\"; Avesta\"");
    }

    @Test
    void aLabelThatLooksLikeAFormulaIsDefused() {
        byte[] csv = swedish(ReportSamples.withFormulaRow(), Messages.SWEDISH);
        assertThat(lines(csv)).contains("\"'=HYPERLINK(\"\"x\"\")\";9");
    }

    @Test
    void labelsAreArabicForArabicWithTheKeyAsFallback() {
        byte[] csv = swedish(ReportSamples.fixtureReport("فريق"), Locale.forLanguageTag("ar"));
        assertThat(lines(csv)).contains("البند;نساء;رجال;آخر/غير معروف", "fixture.new;12;<5;0");
    }

    @Test
    void theHeadingNamesPeriodTeamsAndTheSmallCountRule() {
        List<String> lines = lines(swedish(ReportSamples.fixtureReport("Team Norr"), Messages.SWEDISH));
        assertThat(lines).contains("Period: 2025 (2025-01-01 – 2025-12-31)", "Team: Team Norr",
                "Framtagen 2026-01-15 08:30 UTC");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Antal under 5 visas som \"\"<5\"\""));
    }
}
