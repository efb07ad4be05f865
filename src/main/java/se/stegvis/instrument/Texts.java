package se.stegvis.instrument;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Locale;

/**
 * One text in the three languages of the portal. Swedish is the fallback for a missing or unknown
 * language. {@code {team}} in a text stands for the team's short name, see {@link #render}.
 */
@Serdeable
public record Texts(@Nullable String sv, @Nullable String en, @Nullable String ar) {
    public static final String TEAM_PLACEHOLDER = "{team}";

    /** The text in the given language ("sv", "en", "ar"), falling back to Swedish. */
    public String in(@Nullable String language) {
        String text = switch (language == null ? "sv" : language.toLowerCase(Locale.ROOT)) {
            case "en" -> en;
            case "ar" -> ar;
            default -> sv;
        };
        return text == null || text.isBlank() ? sv : text;
    }

    public String in(@Nullable Locale locale) {
        return in(locale == null ? null : locale.getLanguage());
    }

    /** The text in a language with {@code {team}} replaced by the team's short name. */
    public String render(@Nullable Locale locale, String teamShortName) {
        String text = in(locale);
        return text == null ? null : text.replace(TEAM_PLACEHOLDER, teamShortName);
    }
}
