package se.stegvis.response;

import io.micronaut.core.annotation.Nullable;
import se.stegvis.instrument.Texts;

import java.util.Locale;

/** Instrument texts as the portal shows them: all three languages, {@code {team}} replaced. */
final class Wording {
    private static final Locale SV = Locale.forLanguageTag("sv");
    private static final Locale EN = Locale.forLanguageTag("en");
    private static final Locale AR = Locale.forLanguageTag("ar");

    private Wording() {
    }

    static @Nullable Texts rendered(@Nullable Texts texts, String teamShortName) {
        if (texts == null) {
            return null;
        }
        return new Texts(texts.render(SV, teamShortName), texts.render(EN, teamShortName), texts.render(AR, teamShortName));
    }
}
