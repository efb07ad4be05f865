package se.stegvis.instrument;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Optional;

/**
 * The content of one instrument version, stored as JSON in {@code instrument_version.definition}
 * and never changed once stored (a change is a new version). Privacy mode and scoring belong to the
 * instrument, not to the definition. The JSON, with every text given as {@code {"sv","en","ar"}}:
 *
 * <pre>{@code
 * {
 *   "title": {"sv": "ORS", "en": "ORS", "ar": "ORS"},
 *   "intro": {"sv": "...", "en": "...", "ar": "..."},            // optional
 *   "note":  "shown to staff only, e.g. licence remarks",         // optional, plain text
 *   "parts": [{"number": 1, "title": {...}}],                     // optional headings of parts
 *   "items": [
 *     {"key": "overall", "type": "VAS_0_10", "required": true, "text": {...},
 *      "anchors": {"low": {...}, "high": {...}}},                 // VAS_0_10, RATING_1_5: optional anchors
 *     {"key": "how", "type": "SINGLE_CHOICE", "required": false, "text": {...},
 *      "choices": [{"value": "PHONE", "text": {...}}, ...]},      // SINGLE_/MULTIPLE_CHOICE: 2+ choices
 *     {"key": "safe", "type": "YES_NO", "required": true, "text": {...}},   // YES, NO, DECLINED
 *     {"key": "more", "type": "FREE_TEXT", "required": false, "text": {...},
 *      "maxLength": 2000, "part": 2}                              // FREE_TEXT: maxLength 1..4000
 *   ]
 * }
 * }</pre>
 *
 * Rules ({@link DefinitionRules}): item keys match {@code [a-z][a-z0-9_]{0,39}} and are unique;
 * title, item texts, anchors and choice texts exist in all three languages; choice values match
 * {@code [A-Z0-9_]{1,40}} and are unique per item; {@code part} refers to a listed part when parts
 * are listed. {@code {team}} in any text is replaced by the team's short name when shown.
 */
@Serdeable
public record InstrumentDefinition(Texts title, @Nullable Texts intro, @Nullable String note,
                                   @Nullable List<PartDefinition> parts, List<ItemDefinition> items) {

    public Optional<ItemDefinition> item(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** The highest possible SUM score: 10 per VAS_0_10 item, 5 per RATING_1_5 item. */
    public int maxScore() {
        return items.stream().mapToInt(ItemDefinition::maxScore).sum();
    }
}
