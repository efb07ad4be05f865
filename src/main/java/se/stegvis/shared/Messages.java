package se.stegvis.shared;

import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts from the resource bundles in {@code i18n/messages*.properties}: Swedish first (the default),
 * then English and Arabic. Code never hard-codes text shown to people.
 */
@Singleton
public class Messages {
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final List<Locale> SUPPORTED = List.of(SWEDISH, Locale.ENGLISH, Locale.forLanguageTag("ar"));
    private static final String BUNDLE = "i18n.messages";

    /** The supported locale closest to what was asked for; Swedish when nothing fits. */
    public Locale supported(Locale requested) {
        if (requested == null) {
            return SWEDISH;
        }
        for (Locale l : SUPPORTED) {
            if (l.getLanguage().equals(requested.getLanguage())) {
                return l;
            }
        }
        return SWEDISH;
    }

    public String get(Locale locale, String key, Object... args) {
        Locale l = supported(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, l, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            try {
                pattern = ResourceBundle.getBundle(BUNDLE, SWEDISH, NO_FALLBACK).getString(key);
            } catch (MissingResourceException e2) {
                return key;
            }
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, l).format(args);
    }

    /**
     * Every text whose key starts with {@code prefix}, in the locale (Swedish where it has none), as
     * patterns: a page that formats its own figures (the coordinator's reports) looks its labels up here.
     */
    public java.util.Map<String, String> withPrefix(Locale locale, String prefix) {
        java.util.Map<String, String> texts = new java.util.TreeMap<>();
        ResourceBundle.getBundle(BUNDLE, SWEDISH, NO_FALLBACK).keySet().stream().filter(k -> k.startsWith(prefix))
                .forEach(k -> texts.put(k, get(locale, k)));
        return texts;
    }

    public boolean has(String key) {
        try {
            ResourceBundle.getBundle(BUNDLE, SWEDISH, NO_FALLBACK).getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
