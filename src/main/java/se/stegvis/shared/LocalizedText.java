package se.stegvis.shared;

import java.util.Locale;

/**
 * Texts of one document in one of the supported languages (a report export, a participant's own copy): the
 * language asked for, or Swedish; whether it reads right to left; a message by key. The documents extend it with
 * their own labels and number formats.
 */
public class LocalizedText {
    private final Messages messages;
    private final Locale locale;

    protected LocalizedText(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = messages.supported(locale);
    }

    public Locale locale() {
        return locale;
    }

    public boolean rightToLeft() {
        return "ar".equals(locale.getLanguage());
    }

    public String text(String key, Object... args) {
        return messages.get(locale, key, args);
    }

    /** Whether the bundles have this key (in any language: Swedish is the fallback). */
    public boolean has(String key) {
        return messages.has(key);
    }
}
