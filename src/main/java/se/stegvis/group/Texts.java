package se.stegvis.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/** A text in Swedish, English and Arabic; Swedish is the one every team writes, the others are optional. */
@Serdeable
public record Texts(@Nullable @Size(max = 4000) String sv, @Nullable @Size(max = 4000) String en,
                    @Nullable @Size(max = 4000) String ar) {
    static final Texts EMPTY = new Texts(null, null, null);

    /** The text in the language asked for, falling back to Swedish. */
    String in(String language) {
        String t = switch (language) {
            case "en" -> en;
            case "ar" -> ar;
            default -> sv;
        };
        return t == null || t.isBlank() ? (sv == null ? "" : sv) : t;
    }

    Texts stripped() {
        return new Texts(strip(sv), strip(en), strip(ar));
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
