package se.stegvis.privacy;

import org.junit.jupiter.api.Test;
import se.stegvis.shared.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * docs/records-of-processing.md (English) and .sv.md (Swedish) are what the code generates, so the page
 * ({@code GET /api/records-of-processing}) and the documents cannot drift apart.
 * {@code bin/update-records-of-processing} rewrites them (this test with {@code -Dstegvis.update-records=true}).
 */
class ProcessingRecordsDocTest {
    static final String OUT_OF_DATE = " is out of date: run bin/update-records-of-processing and commit";
    private final ProcessingRecordsService records = new ProcessingRecordsService(new Messages());

    @Test
    void theDocumentsInDocsAreWhatTheCodeGenerates() throws IOException {
        check(Path.of("docs", "records-of-processing.md"), Locale.ENGLISH);
        check(Path.of("docs", "records-of-processing.sv.md"), Messages.SWEDISH);
    }

    @Test
    void everyCategoryHasEveryTextInSwedishAndEnglish() {
        for (Locale locale : new Locale[]{Messages.SWEDISH, Locale.ENGLISH}) {
            ProcessingRecordsService.Document d = records.document(locale);
            assertThat(d.sections()).hasSize(ProcessingRecords.CATEGORIES.size());
            String all = d.toString();
            assertThat(all).as("a text key without a text in " + locale).doesNotContainPattern("=records\\.");
            d.sections().forEach(s -> assertThat(s.fields()).containsOnlyKeys(ProcessingRecordsService.FIELDS));
        }
        assertThat(records.document(Locale.ENGLISH).title()).isNotEqualTo(records.document(Messages.SWEDISH).title());
    }

    @Test
    void theLegalBasisIsLeftToTheAssociationAndHealthDataAsksForAnArticle9Condition() {
        var screening = records.document(Locale.ENGLISH).sections().stream().filter(s -> s.key().equals("screening"))
                .findFirst().orElseThrow();
        assertThat(screening.fields().get("basis").text()).startsWith("[To be filled in by the association.]")
                .contains("article 9");
        var groups = records.document(Locale.ENGLISH).sections().stream().filter(s -> s.key().equals("groups"))
                .findFirst().orElseThrow();
        assertThat(groups.fields().get("basis").text()).isEqualTo("[To be filled in by the association.]");
    }

    private void check(Path file, Locale locale) throws IOException {
        String generated = records.markdown(locale);
        if (Boolean.getBoolean("stegvis.update-records")) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        if (!Files.exists(file)) {
            fail(file + OUT_OF_DATE);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n")).as(file + OUT_OF_DATE)
                .isEqualTo(generated);
    }
}
