package se.stegvis.instrument;

/** What kind of answer an item takes. See {@link InstrumentDefinition} for the JSON of each. */
public enum ItemType {
    /** A 0–10 visual analogue line; at most one decimal. Scored. */
    VAS_0_10,
    /** A whole number 1–5. Scored. */
    RATING_1_5,
    /** One of the item's choice values. */
    SINGLE_CHOICE,
    /** A list of distinct choice values. */
    MULTIPLE_CHOICE,
    /** YES, NO or DECLINED ("vill inte svara"). */
    YES_NO,
    /** Text of at most {@code maxLength} characters, stored trimmed. */
    FREE_TEXT;

    public boolean scored() {
        return this == VAS_0_10 || this == RATING_1_5;
    }

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
