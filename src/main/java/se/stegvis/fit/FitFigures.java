package se.stegvis.fit;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantSummary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * FIT figures of a team for a period, by gender and age band, for the reports feature (which decides
 * who may see them and suppresses small cells). Three statements whatever the team's size: the team's
 * settings, its sessions and ratings, its participants' gender and birth year. No names leave here.
 */
@Singleton
public class FitFigures {
    private final HistoryRepository histories;
    private final FitSettingsService settings;
    private final ParticipantService participants;

    FitFigures(HistoryRepository histories, FitSettingsService settings, ParticipantService participants) {
        this.histories = histories;
        this.settings = settings;
        this.participants = participants;
    }

    /** One row: see {@link FigureRules} for who counts and how. Gender and age band null mean "all". */
    public record Row(@Nullable String gender, @Nullable String ageBand, int participantsWithTwoOrs,
                      @Nullable Double meanChange, @Nullable Double shareReliablyImproved,
                      @Nullable Double shareReliablyWorse, @Nullable Double shareAboveCutoffAtLatest,
                      @Nullable Double meanSrs, int srsRatings, int srsParticipants) {
    }

    /** The team's figures for sessions held from {@code from} to {@code to}, inclusive. */
    @Transactional
    public List<Row> forTeam(UUID teamId, LocalDate from, LocalDate to) {
        FitSettings s = settings.of(teamId);
        Map<UUID, Histories.History> byParticipant = Histories.assemble(histories.ofTeam(teamId, to));
        List<FigureRules.Person> people = new ArrayList<>();
        for (ParticipantSummary p : participants.summaries(byParticipant.keySet())) {
            if (p.teamId().equals(teamId)) {
                people.add(new FigureRules.Person(p.gender(), p.birthYear(), byParticipant.get(p.id()).points()));
            }
        }
        return FigureRules.compute(s, people, from, to).stream()
                .map(r -> new Row(r.gender() == null ? null : r.gender().name(), r.ageBand(), r.participantsWithTwoOrs(),
                        r.meanChange(), r.shareReliablyImproved(), r.shareReliablyWorse(),
                        r.shareAboveCutoffAtLatest(), r.meanSrs(), r.srsRatings(), r.srsParticipants())).toList();
    }
}
