package se.stegvis.fit;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The ORS rules, pure: the clinical cutoff by age, whether a total is in the clinical range, and
 * first versus latest ORS (reliable and clinically significant change). No database, no container.
 */
public final class ClinicalRules {
    static final int YOUTH_FROM = 13;
    static final int ADULT_FROM = 18;

    private ClinicalRules() {
    }

    /** How the first and latest complete ORS compare. */
    public enum Verdict { RELIABLY_IMPROVED, NO_RELIABLE_CHANGE, RELIABLY_WORSE, NOT_ENOUGH_DATA }

    /**
     * First versus latest complete ORS. {@code clinicallySignificant}: the change is reliable and the
     * total crossed the cutoff in the same direction (from the clinical range to above it, or back).
     */
    public record Change(@Nullable BigDecimal first, @Nullable BigDecimal latest, @Nullable BigDecimal difference,
                         Verdict verdict, boolean clinicallySignificant) {
        static final Change NONE = new Change(null, null, null, Verdict.NOT_ENOUGH_DATA, false);
    }

    /**
     * Age in whole years from the birth year only (the register keeps no birth date): it may be one
     * year above the true age before the birthday.
     */
    public static int age(int birthYear, LocalDate on) {
        return on.getYear() - birthYear;
    }

    /** The ORS cutoff for someone of this age: children under 13, youth 13–17, adults from 18. */
    public static BigDecimal cutoff(FitSettings s, int age) {
        if (age < YOUTH_FROM) {
            return s.cutoffChild();
        }
        return age < ADULT_FROM ? s.cutoffYouth() : s.cutoffAdult();
    }

    /** In the clinical range: below the cutoff, or exactly at it when the team counts that as below. */
    public static boolean belowCutoff(FitSettings s, BigDecimal total, BigDecimal cutoff) {
        int c = total.compareTo(cutoff);
        return c < 0 || c == 0 && s.atCutoffCountsAsBelow();
    }

    /** Reliable change between two totals: at least the reliable change index apart. */
    static int direction(FitSettings s, BigDecimal from, BigDecimal to) {
        BigDecimal d = to.subtract(from);
        if (d.compareTo(s.reliableChange()) >= 0) {
            return 1;
        }
        return d.negate().compareTo(s.reliableChange()) >= 0 ? -1 : 0;
    }

    /**
     * First versus latest complete ORS of a participant born in {@code birthYear}. Incomplete ratings
     * (a missing item) are left out; with fewer than two complete ratings there is nothing to compare.
     */
    public static Change change(FitSettings s, int birthYear, List<SessionPoint> history) {
        List<SessionPoint> rated = history.stream().filter(p -> p.ors() != null && p.ors().complete()).toList();
        if (rated.size() < 2) {
            return Change.NONE;
        }
        SessionPoint first = rated.get(0);
        SessionPoint latest = rated.get(rated.size() - 1);
        return change(s, Objects.requireNonNull(first.ors().total()), age(birthYear, first.heldOn()),
                Objects.requireNonNull(latest.ors().total()), age(birthYear, latest.heldOn()));
    }

    static Change change(FitSettings s, BigDecimal first, int ageAtFirst, BigDecimal latest, int ageAtLatest) {
        int dir = direction(s, first, latest);
        boolean firstBelow = belowCutoff(s, first, cutoff(s, ageAtFirst));
        boolean latestBelow = belowCutoff(s, latest, cutoff(s, ageAtLatest));
        Verdict verdict = dir > 0 ? Verdict.RELIABLY_IMPROVED : dir < 0 ? Verdict.RELIABLY_WORSE : Verdict.NO_RELIABLE_CHANGE;
        boolean significant = dir > 0 && firstBelow && !latestBelow || dir < 0 && !firstBelow && latestBelow;
        return new Change(first, latest, latest.subtract(first), verdict, significant);
    }
}
