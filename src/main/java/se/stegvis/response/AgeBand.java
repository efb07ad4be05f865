package se.stegvis.response;

/**
 * The age bands anonymous answers are stored under, from the register's birth year and the year of
 * the answer. Participants are 16–64; anyone outside falls into the nearest band, so the band never
 * singles out an unusual age. Public: reports of other features (FIT figures) use the same bands.
 */
public final class AgeBand {
    private AgeBand() {
    }

    public static String of(int birthYear, int year) {
        int age = year - birthYear;
        if (age < 25) {
            return "16-24";
        }
        if (age < 35) {
            return "25-34";
        }
        if (age < 45) {
            return "35-44";
        }
        if (age < 55) {
            return "45-54";
        }
        return "55-64";
    }
}
