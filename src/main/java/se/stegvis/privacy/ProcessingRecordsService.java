package se.stegvis.privacy;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import se.stegvis.shared.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The records of processing in one language, as data ({@link Document}, what the page shows) and as
 * Markdown (what {@code docs/} holds): both from {@link ProcessingRecords} and the bundles' {@code records.*}.
 */
@Singleton
public class ProcessingRecordsService {
    /** The questions each category answers, in order: the bundle key suffixes. */
    static final List<String> FIELDS = List.of("data", "purpose", "basis", "retention", "access", "storage");

    private final Messages messages;

    ProcessingRecordsService(Messages messages) {
        this.messages = messages;
    }

    /** One category: its title, each field's label and text, and its tables. */
    @Serdeable
    public record Section(String key, String title, Map<String, Field> fields, List<String> tables) {
    }

    @Serdeable
    public record Field(String label, String text) {
    }

    @Serdeable
    public record Exempt(String table, String reason) {
    }

    @Serdeable
    public record Document(String language, String title, String intro, List<Section> sections,
                           String notPersonalTitle, String notPersonalIntro, List<Exempt> notPersonal) {
    }

    /** The records exist in Swedish and English (for the association's DPIA); Arabic gets Swedish. */
    static final List<Locale> LANGUAGES = List.of(Messages.SWEDISH, Locale.ENGLISH);

    public Document document(Locale requested) {
        Locale locale = language(requested);
        List<Section> sections = new ArrayList<>();
        for (ProcessingRecords.Category c : ProcessingRecords.CATEGORIES) {
            Map<String, Field> fields = new LinkedHashMap<>();
            for (String field : FIELDS) {
                fields.put(field, new Field(text(locale, "records.field." + field), fieldText(locale, c, field)));
            }
            sections.add(new Section(c.key(), text(locale, "records." + c.key() + ".title"), fields, c.tables()));
        }
        List<Exempt> exempt = ProcessingRecords.NOT_PERSONAL.stream()
                .map(n -> new Exempt(n.table(), text(locale, n.reasonKey()))).toList();
        return new Document(locale.getLanguage(), text(locale, "records.title"), text(locale, "records.intro"),
                sections, text(locale, "records.not-personal.title"), text(locale, "records.not-personal.intro"), exempt);
    }

    private String fieldText(Locale locale, ProcessingRecords.Category c, String field) {
        return switch (field) {
            case "basis" -> text(locale, "records.basis.placeholder")
                    + (c.special() ? " " + text(locale, "records.basis.special") : "");
            case "storage" -> text(locale, "records." + c.key() + ".storage") + " "
                    + text(locale, "records.tables", String.join(", ", c.tables()));
            default -> text(locale, "records." + c.key() + "." + field);
        };
    }

    /** The document as Markdown: a heading and a two-column table per category, then the exempt tables. */
    public String markdown(Locale locale) {
        Document d = document(locale);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(d.title()).append("\n\n");
        md.append("<!-- ").append(text(language(locale), "records.generated")).append(" -->\n\n");
        md.append(d.intro()).append("\n");
        int n = 1;
        for (Section s : d.sections()) {
            md.append("\n## ").append(n++).append(". ").append(s.title()).append("\n\n");
            md.append("| | |\n| --- | --- |\n");
            s.fields().values().forEach(f -> md.append("| **").append(cell(f.label())).append("** | ")
                    .append(cell(f.text())).append(" |\n"));
        }
        md.append("\n## ").append(d.notPersonalTitle()).append("\n\n").append(d.notPersonalIntro()).append("\n\n");
        Map<String, List<String>> byReason = d.notPersonal().stream().collect(Collectors.groupingBy(Exempt::reason,
                LinkedHashMap::new, Collectors.mapping(Exempt::table, Collectors.toList())));
        md.append("| | |\n| --- | --- |\n");
        byReason.forEach((reason, tables) -> md.append("| ")
                .append(tables.stream().map(t -> "`" + t + "`").collect(Collectors.joining(", ")))
                .append(" | ").append(cell(reason)).append(" |\n"));
        return md.toString();
    }

    private Locale language(Locale requested) {
        Locale supported = messages.supported(requested);
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(supported.getLanguage())).findFirst()
                .orElse(Messages.SWEDISH);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.get(locale, key, args);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
