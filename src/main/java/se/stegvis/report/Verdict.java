package se.stegvis.report;

/** How a result compares with its target; labels are {@code report.verdict.<name>} (Mycket god … Ej uppfylld). */
public enum Verdict {
    VERY_GOOD, GOOD, ACCEPTABLE, NOT_MET;

    public String messageKey() {
        return "report.verdict." + name();
    }
}
