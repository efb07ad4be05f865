package se.stegvis.instrument;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Locale;

/**
 * One question. {@code key} names the item in answers and problems and stays the same across
 * versions of an instrument, so answers given on different versions can be compared item by item.
 *
 * @param anchors   VAS_0_10 and RATING_1_5 only, optional
 * @param choices   SINGLE_CHOICE and MULTIPLE_CHOICE only, required (at least two)
 * @param maxLength FREE_TEXT only, required, 1–4000 characters
 * @param part      optional: the {@link PartDefinition#number()} the item belongs to
 */
@Serdeable
public record ItemDefinition(String key, ItemType type, boolean required, Texts text,
                             @Nullable Anchors anchors, @Nullable List<Choice> choices,
                             @Nullable Integer maxLength, @Nullable Integer part) {

    /** The item's text in a language, {@code {team}} replaced, Swedish when the language is missing. */
    public String text(@Nullable Locale locale, String teamShortName) {
        return text.render(locale, teamShortName);
    }

    /** The highest score the item can add to a SUM (0 for unscored items). */
    public int maxScore() {
        return switch (type) {
            case VAS_0_10 -> 10;
            case RATING_1_5 -> 5;
            default -> 0;
        };
    }
}
