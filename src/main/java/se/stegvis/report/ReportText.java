package se.stegvis.report;

import se.stegvis.shared.LocalizedText;
import se.stegvis.shared.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The words and numbers of an exported report in one language. Labels follow the report label
 * convention ({@code report.section.*}, {@code report.table.*}, {@code report.row.*},
 * {@code report.column.*}) and fall back to the key itself. A hidden count reads "&lt;threshold", a hidden
 * mean or share "–", a share is a percent with one decimal; the decimal mark is a comma or a point.
 */
final class ReportText extends LocalizedText {
    static final String HIDDEN_MEASURE = "–";
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final int threshold;
    private final boolean decimalComma;

    ReportText(Messages messages, Locale locale, int threshold, boolean decimalComma) {
        super(messages, locale);
        this.threshold = threshold;
        this.decimalComma = decimalComma;
    }

    String section(String key) {
        return label("report.section.", key);
    }

    String table(String key) {
        return label("report.table.", key);
    }

    String row(String key) {
        return label("report.row.", key);
    }

    String column(String key) {
        return label("report.column.", key);
    }

    String warning(ReportWarning warning) {
        return text(warning.key(), warning.args().toArray());
    }

    /** The lines that head every export: title, period, teams, how small counts are shown, when made. */
    java.util.List<String> heading(Report report) {
        return java.util.List.of(text("report.export.title"),
                text("report.export.period", report.period(), report.from().toString(), report.to().toString()),
                text("report.export.teams", report.teams().stream().map(Report.TeamRef::name)
                        .collect(Collectors.joining(", "))),
                text("report.export.threshold", Integer.toString(report.threshold())),
                text("report.export.generated", GENERATED.format(report.generatedAt())));
    }

    /** A cell as text. */
    String figure(Figure f) {
        if (f.suppressed()) {
            return f.kind() == Figure.Kind.COUNT ? "<" + threshold : HIDDEN_MEASURE;
        }
        if (f.kind() == Figure.Kind.TEXT) {
            return f.text() == null ? "" : text(f.text());
        }
        if (f.value() == null) {
            return "";
        }
        if (f.kind() == Figure.Kind.SHARE) {
            String percent = decimal(f.value().movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString());
            return decimalComma ? percent + " %" : percent + "%";
        }
        if (f.kind() == Figure.Kind.COUNT) {
            return f.value().toBigInteger().toString();
        }
        return decimal(plain(f.value()));
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped).toPlainString();
    }

    private String decimal(String number) {
        return decimalComma ? number.replace('.', ',') : number;
    }

    private String label(String prefix, String key) {
        String full = prefix + key;
        String text = text(full);
        return text.equals(full) ? key : text;
    }
}
