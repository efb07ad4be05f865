package se.stegvis.screening;

import jakarta.inject.Singleton;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantSummary;
import se.stegvis.response.DueService;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Counts for the reports (per team and period, by gender): asked, answered, declined, exposed ever,
 * ongoing, uses violence, wants support. Counts only, never a person or an answer; the answers are
 * decrypted in memory for counting and dropped. "Asked" counts occasions: the screenings handed in
 * (answered or declined) in the period plus those that fell due in the period and are still open on
 * someone's list (offered, not answered: neither a yes nor a no).
 */
@Singleton
public class ScreeningFiguresService {
    private final ScreeningRecordRepository records;
    private final ScreeningVault vault;
    private final DueService due;
    private final ParticipantService participants;

    ScreeningFiguresService(ScreeningRecordRepository records, ScreeningVault vault, DueService due,
                            ParticipantService participants) {
        this.records = records;
        this.vault = vault;
        this.due = due;
        this.participants = participants;
    }

    /** The counts of one gender. */
    public record Counts(int asked, int answered, int declined, int exposedEver, int ongoing, int usesViolence,
                         int wantsSupport) {
        static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0);

        /** Offered and still open: asked, nothing else. */
        Counts plusOpen() {
            return new Counts(asked + 1, answered, declined, exposedEver, ongoing, usesViolence, wantsSupport);
        }

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
        List<UUID> open = due.offeredAndOpen(ScreeningItems.CODE, from.atDay(1), to.atEndOfMonth());
        // one statement for all of them; other teams' participants drop out below
        Map<UUID, ParticipantSummary> people = new HashMap<>();
        participants.summaries(new HashSet<>(open)).forEach(p -> people.put(p.id(), p));
        for (UUID participantId : open) {
            ParticipantSummary p = people.get(participantId);
            if (p != null && p.teamId().equals(teamId)) {
                byGender.merge(p.gender().name(), Counts.ZERO.plusOpen(), (old, one) -> old.plusOpen());
            }
        }
        return byGender;
    }
}
