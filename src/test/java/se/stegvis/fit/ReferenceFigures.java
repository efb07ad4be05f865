package se.stegvis.fit;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantSummary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A team's figures the way the report computed them before they moved into SQL: every rating history
 * loaded into Java and {@link FigureRules} applied (the reference the SQL is compared with). The
 * team's participants are those now in the team who attended one of its sessions; their sessions up
 * to the period's end count, of any team.
 */
@Singleton
class ReferenceFigures {
    private final HistoryRepository histories;
    private final FitSettingsService settings;
    private final ParticipantService participants;

    ReferenceFigures(HistoryRepository histories, FitSettingsService settings, ParticipantService participants) {
        this.histories = histories;
        this.settings = settings;
        this.participants = participants;
    }

    /** FigureRules' rows for the team, read from these candidate participants' histories. */
    @Transactional
    List<FigureRules.Row> of(UUID teamId, Collection<UUID> candidates, LocalDate from, LocalDate to) {
        List<FigureRules.Person> people = new ArrayList<>();
        for (ParticipantSummary p : participants.summaries(candidates)) {
            List<HistoryRow> rows = histories.ofParticipant(p.id());
            boolean attendedTheTeam = rows.stream().anyMatch(r -> r.teamId().equals(teamId));
            if (!p.teamId().equals(teamId) || !attendedTheTeam) {
                continue;
            }
            List<HistoryRow> upToEnd = rows.stream().filter(r -> !r.heldOn().isAfter(to)).toList();
            Map<UUID, Histories.History> h = Histories.assemble(upToEnd);
            List<SessionPoint> points = h.containsKey(p.id()) ? h.get(p.id()).points() : List.of();
            people.add(new FigureRules.Person(p.gender(), p.birthYear(), points));
        }
        return FigureRules.compute(settings.of(teamId), people, from, to);
    }

    /**
     * Each participant's first complete ORS (session id → total) in their history as the reference orders it:
     * what {@code fit_first_ors} must hold ({@link FigureRows}); none for a participant without one.
     */
    @Transactional
    Map<UUID, Map.Entry<UUID, BigDecimal>> firstOrs(Collection<UUID> candidates) {
        Map<UUID, Map.Entry<UUID, BigDecimal>> first = new HashMap<>();
        for (UUID p : candidates) {
            Histories.History h = Histories.assemble(histories.ofParticipant(p)).get(p);
            if (h != null) {
                h.points().stream().filter(x -> x.ors() != null && x.ors().complete()).findFirst()
                        .ifPresent(x -> first.put(p, Map.entry(x.sessionId(), x.ors().total())));
            }
        }
        return first;
    }

    /**
     * Each participant's complete ORS in their history as the reference orders them, as (session id, day held):
     * the order whose next days {@code fit_counted_rating.next_held_on} must hold ({@link FigureRows}).
     */
    @Transactional
    Map<UUID, List<Map.Entry<UUID, LocalDate>>> orsInOrder(Collection<UUID> candidates) {
        Map<UUID, List<Map.Entry<UUID, LocalDate>>> out = new HashMap<>();
        for (UUID p : candidates) {
            Histories.History h = Histories.assemble(histories.ofParticipant(p)).get(p);
            if (h != null) {
                List<Map.Entry<UUID, LocalDate>> ors = h.points().stream().filter(x -> x.ors() != null
                        && x.ors().complete()).map(x -> Map.entry(x.sessionId(), x.heldOn())).toList();
                if (!ors.isEmpty()) {
                    out.put(p, ors);
                }
            }
        }
        return out;
    }
}
