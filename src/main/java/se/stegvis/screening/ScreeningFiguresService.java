package se.stegvis.screening;

import jakarta.inject.Singleton;
import se.stegvis.response.DueService;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
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
    private final ScreeningFiguresRepository figures;
    private final ScreeningVault vault;
    private final DueService due;

    ScreeningFiguresService(ScreeningFiguresRepository figures, ScreeningVault vault, DueService due) {
        this.figures = figures;
        this.vault = vault;
        this.due = due;
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
        return figures(List.of(teamId), from, to).getOrDefault(teamId, new TreeMap<>());
    }

    /**
     * As {@link #figures(UUID, YearMonth, YearMonth)} for several teams at once, keyed by team (a team
     * without any screening has no entry): two statements whatever the number of teams, the screenings
     * streamed and decrypted one at a time.
     */
    public Map<UUID, Map<String, Counts>> figures(Collection<UUID> teamIds, YearMonth from, YearMonth to) {
        Map<UUID, Map<String, Counts>> byTeam = new HashMap<>();
        if (teamIds.isEmpty()) {
            return byTeam;
        }
        figures.ofTeams(teamIds, from.toString(), to.toString(), row -> {
            Map<String, Object> answers = vault.open(row);
            byTeam.computeIfAbsent(row.teamId(), t -> new TreeMap<>()).merge(row.gender(),
                    Counts.ZERO.plus(row.declined(), answers), (old, one) -> old.plus(row.declined(), answers));
        });
        due.openByTeamAndGender(ScreeningItems.CODE, teamIds, from.atDay(1), to.atEndOfMonth()).forEach(
                (team, byGender) -> byGender.forEach((gender, open) -> {
                    Map<String, Counts> counts = byTeam.computeIfAbsent(team, t -> new TreeMap<>());
                    for (long i = 0; i < open; i++) {
                        counts.merge(gender, Counts.ZERO.plusOpen(), (old, one) -> old.plusOpen());
                    }
                }));
        return byTeam;
    }
}
