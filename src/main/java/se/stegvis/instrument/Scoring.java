package se.stegvis.instrument;

/** How an answer set is scored. Fixed for an instrument's whole life, like {@link PrivacyMode}. */
public enum Scoring {
    /** The sum of the VAS_0_10 and RATING_1_5 answers (ORS and SRS: 0–40). */
    SUM,
    /** No score; results are read per item. */
    NONE
}
