package se.stegvis.fit;

/** An individual meeting collects ORS and SRS; a group session ORS and the group SRS from each attendee. */
public enum SessionKind {
    INDIVIDUAL("SRS"), GROUP("SRS_GROUP");

    private final String srsCode;

    SessionKind(String srsCode) {
        this.srsCode = srsCode;
    }

    /** The instrument that rates this kind of session. */
    public String srsCode() {
        return srsCode;
    }
}
