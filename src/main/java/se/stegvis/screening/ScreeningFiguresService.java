package se.stegvis.screening;

import jakarta.inject.Singleton;

import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Counts for the reports (per team and period, by gender): asked, answered, declined, exposed ever,
 * ongoing, uses violence, wants support. Counts only, never a person or an answer; the answers are
 * decrypted in memory for counting and dropped. "Asked" counts the screenings handed in (answered
 * or declined) in the period; screenings still open on someone's list are not counted.
 */
@Singleton
public class ScreeningFiguresService {
    private final ScreeningRecordRepository records;
    private final ScreeningVault vault;

    ScreeningFiguresService(ScreeningRecordRepository records, ScreeningVault vault) {
        this.records = records;
        this.vault = vault;
    }

    /** The counts of one gender. */
    public record Counts(int asked, int answered, int declined, int exposedEver, int ongoing, int usesViolence,
                         int wantsSupport) {
        static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0);

        Counts plus(boolean declinedIt, Map<String, Object> a) {
            return new Counts(asked + 1, answered + (declinedIt ? 0 : 1), declined + (declinedIt ? 1 : 0),
                    exposedEver + (ScreeningItems.exposedEver(a) ? 1 : 0),
                    ongoing + (ScreeningItems.yes(a, ScreeningItems.ONGOING) ? 1 : 0),
                    usesViolence + (ScreeningItems.yes(a, ScreeningItems.USES_VIOLENCE) ? 1 : 0),
                    wantsSupport + (ScreeningItems.yes(a, ScreeningItems.WANTS_SUPPORT_NOW) ? 1 : 0));
        }
    }

    /**
     * The team's counts for the months {@code from} to {@code to} (inclusive, Swedish months), keyed
     * by gender (WOMAN, MAN, OTHER_OR_UNKNOWN as stored). A row that cannot be decrypted fails the
     * whole call ({@link ScreeningUnreadable}) rather than give wrong figures.
     */
    public Map<String, Counts> figures(UUID teamId, YearMonth from, YearMonth to) {
        Map<String, Counts> byGender = new TreeMap<>();
        for (ScreeningRecord row : records.findByTeamIdAndPeriodGreaterThanEqualsAndPeriodLessThanEquals(teamId,
                from.toString(), to.toString())) {
            Map<String, Object> answers = vault.open(row);
            byGender.merge(row.gender(), Counts.ZERO.plus(row.declined(), answers),
                    (old, one) -> old.plus(row.declined(), answers));
        }
        return byGender;
    }
}
